using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>A return for a dossier whose result was already handed over (the first return stands).</summary>
public sealed class DossierAlreadyReturnedException(string dossierCode, DateTimeOffset returnedAt)
    : DomainException("dossier.already-returned",
        string.Create(CultureInfo.InvariantCulture, $"Dossier {dossierCode} was already returned at {returnedAt:yyyy-MM-dd HH:mm zzz}."),
        string.Create(CultureInfo.InvariantCulture, $"Hồ sơ {dossierCode} đã trả kết quả lúc {returnedAt.ToOffset(TimeSpan.FromHours(7)):HH:mm dd/MM/yyyy}; không thể trả lần nữa."))
{
    /// <summary>The code.</summary>
    public string DossierCode { get; } = dossierCode;

    /// <summary>When it was returned.</summary>
    public DateTimeOffset ReturnedAt { get; } = returnedAt;
}
