using System.Globalization;
using CounterNode.Shared.Sync;

namespace CounterNode.Shared.Errors;

/// <summary>
/// No number is left in the reserve blocks of a series. Offline this means the node cannot print
/// another unique number of that series until the Hub leases a new block; the caller must not
/// invent one.
/// </summary>
public sealed class ReserveBlockExhaustedException : DomainException
{
    /// <param name="series">The exhausted series.</param>
    public ReserveBlockExhaustedException(NumberSeries series)
        : base(
            "reserve-block.exhausted",
            string.Create(CultureInfo.InvariantCulture, $"No reserve numbers left for {series?.Kind} series {series?.Key} on {series?.Day:yyyy-MM-dd}; a new block must be leased from the Hub."),
            string.Create(CultureInfo.InvariantCulture, $"Đã hết số dự phòng của dãy {series?.Key} ngày {series?.Day:dd/MM/yyyy}; cần kết nối máy chủ để nhận thêm."))
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
    }

    /// <summary>The exhausted series.</summary>
    public NumberSeries Series { get; }
}
