using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Departments;

/// <summary>A new return date that falls on a day the center is closed: the citizen could not collect the result then.</summary>
public sealed class ReturnDateNotWorkingDayException(string dossierCode, DateOnly date, string vietnameseDay, string englishDay)
    : DomainException(
        "department.return-date-not-working-day",
        string.Create(CultureInfo.InvariantCulture, $"Dossier {dossierCode}: the new return date {date:yyyy-MM-dd} is not a working day ({englishDay})."),
        string.Create(CultureInfo.InvariantCulture, $"Hồ sơ {dossierCode}: ngày hẹn trả mới {date:dd/MM/yyyy} không phải ngày làm việc ({vietnameseDay})."))
{
    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; } = dossierCode;

    /// <summary>The refused date.</summary>
    public DateOnly Date { get; } = date;
}
