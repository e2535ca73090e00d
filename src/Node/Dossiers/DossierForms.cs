using System.Globalization;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Fills the printed forms of Circular 01/2018 from a synced dossier: Mẫu 01 (receipt), 02
/// (supplement request), 03 (refusal), 04 (apology with a new return date). Times are printed in
/// the center's local time.
/// </summary>
public sealed class DossierForms(IOptions<DossierOptions> options, IWorkingCalendarSource calendar)
{
    /// <summary>The issuing agency header of the center's forms.</summary>
    public IssuingAgency CenterAgency => new(options.Value.SuperiorName, options.Value.AgencyName, options.Value.Unit, options.Value.Place);

    /// <summary>Mẫu 01 for a received dossier.</summary>
    public ReceiptDocument Receipt(DossierEntity d, string officerName)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new ReceiptDocument(
            CenterAgency,
            d.Code,
            Local(d.ReceivedAt),
            d.Applicant.FullName,
            d.Applicant.Address,
            d.Applicant.Phone,
            d.Applicant.Email,
            d.Reception.ProcedureName,
            [.. d.Reception.Documents.Select(x => new SubmittedDocument(x.Name, x.Form, x.Quantity))],
            d.Reception.Sets,
            d.Reception.ProcessingDays,
            Local(d.ReceivedAt),
            Local(d.Reception.ReturnAt),
            d.Reception.ReturnExplanation,
            d.Reception.Delivery == ResultDelivery.Post
                ? "Dịch vụ bưu chính công ích (gửi về địa chỉ người nộp)"
                : string.Create(CultureInfo.InvariantCulture, $"Quầy số {d.Counter}, {options.Value.Unit}"),
            options.Value.RegisterBook,
            Sequence(d.Code),
            officerName);
    }

    /// <summary>Mẫu 03 for a refused dossier.</summary>
    public RefusalDocument Refusal(DossierEntity d, string officerName)
    {
        ArgumentNullException.ThrowIfNull(d);
        var at = d.Refusal?.At ?? d.ReceivedAt;
        return new RefusalDocument(
            CenterAgency,
            d.Code,
            Local(at),
            d.Applicant.FullName,
            d.Reception.ProcedureName,
            d.RefusalReasons is { Count: > 0 } reasons ? reasons : [d.Refusal?.Reason ?? string.Empty],
            d.RefusalGuidance ?? "Liên hệ Bộ phận tiếp nhận và trả kết quả để được hướng dẫn.",
            officerName);
    }

    /// <summary>Mẫu 02 for the dossier's supplement request.</summary>
    /// <exception cref="InvalidOperationException">The dossier has no supplement request.</exception>
    public SupplementRequestDocument Supplement(DossierEntity d, string contactOfficer, string contactPhone)
    {
        ArgumentNullException.ThrowIfNull(d);
        var request = d.Supplement ?? throw new InvalidOperationException($"Dossier {d.Code} has no supplement request.");
        return new SupplementRequestDocument(
            CenterAgency,
            Sequence(d.Code) + "/PYCBS",
            Local(request.At),
            d.Code,
            d.Applicant.FullName,
            d.Reception.ProcedureName,
            Local(d.ReceivedAt),
            request.MissingItems,
            request.Reason ?? "Hồ sơ chưa đầy đủ, hợp lệ theo quy định.",
            contactOfficer,
            contactPhone);
    }

    /// <summary>Mẫu 04 for the <paramref name="index"/>-th delay report, signed for the department.</summary>
    public ApologyDocument Apology(DossierEntity d, int index, string departmentName)
    {
        ArgumentNullException.ThrowIfNull(d);
        var delay = d.Delays[index];
        return new ApologyDocument(
            new IssuingAgency(options.Value.SuperiorName, departmentName.ToUpperInvariant(), options.Value.Unit, options.Value.Place),
            string.Create(CultureInfo.InvariantCulture, $"{Sequence(d.Code)}-{index + 1}/PXL"),
            Local(delay.At),
            "Ông/Bà " + d.Applicant.FullName,
            d.Code,
            d.Reception.ProcedureName,
            Local(d.ReceivedAt),
            ReturnInstant(delay.PreviousReturnDate, index == 0 ? d.Reception.ReturnAt : null),
            delay.Reason,
            ReturnInstant(delay.NewReturnDate, null),
            "Thủ trưởng " + departmentName,
            string.Empty);
    }

    private DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(calendar.Current.UtcOffset);

    // The first promise keeps the printed time of day; later dates use the calendar's return time.
    private DateTimeOffset ReturnInstant(DateOnly date, DateTimeOffset? printed) =>
        printed is { } p && DateOnly.FromDateTime(Local(p).DateTime) == date
            ? Local(p)
            : calendar.Current.ToInstant(date.ToDateTime(calendar.Current.DefaultReturnTime));

    private static string Sequence(string code) => code[(code.LastIndexOf('-') + 1)..];
}
