using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>
/// The Hub did not answer in time and the node has no reserve numbers left for the series:
/// no number can be printed without risking a duplicate, so none is.
/// </summary>
public sealed class ReserveExhaustedException(NumberSeries series)
    : DomainException(
        "numbers.reserve-exhausted",
        $"No number available for {series.Kind} series '{series.Key}' on {series.Day:yyyy-MM-dd}: the Hub is unreachable and this node's reserve block is used up.",
        $"Không cấp được số cho dãy {series.Key} ngày {series.Day:dd/MM/yyyy}: mất kết nối máy chủ và đã dùng hết số dự phòng. Vui lòng báo quản trị viên.")
{
    /// <summary>The series that ran dry.</summary>
    public NumberSeries Series { get; } = series;
}
