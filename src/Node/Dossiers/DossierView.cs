using System.Globalization;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// A dossier as the officer's console shows it (loopback only): the officer needs the
/// applicant's name to check the receipt against the person in front of the counter.
/// </summary>
/// <param name="Code">Dossier code.</param>
/// <param name="State">State (enum member name, e.g. <c>ResultReady</c>) for the page's logic.</param>
/// <param name="StateText">State in Vietnamese.</param>
/// <param name="ProcedureName">Procedure.</param>
/// <param name="ApplicantName">Applicant.</param>
/// <param name="ReceivedAt">Reception time.</param>
/// <param name="ReturnDate">Return date in force, dd/MM/yyyy.</param>
/// <param name="CanReturn">True when the result is ready to hand over.</param>
/// <param name="IsPending">True while the Hub has not confirmed this node's latest change.</param>
/// <param name="Message">Vietnamese summary.</param>
/// <param name="Notices">The department's open notices (Mẫu 02 / Mẫu 04) any counter of the department can print again; empty when none.</param>
public sealed record DossierView(
    string Code,
    string State,
    string StateText,
    string ProcedureName,
    string ApplicantName,
    DateTimeOffset ReceivedAt,
    string ReturnDate,
    bool CanReturn,
    bool IsPending,
    string Message,
    IReadOnlyList<OpenDossierNotice> Notices)
{
    /// <summary>The view of a stored dossier.</summary>
    public static DossierView From(DossierEntity d, bool isPending, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var date = d.ReturnDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var text = DossierText.Vietnamese(d.State);
        var summary = d.State switch
        {
            DossierState.ResultReady => $"Hồ sơ {d.Code} đã có kết quả, sẵn sàng trả.",
            DossierState.Returned => $"Hồ sơ {d.Code} đã trả kết quả; không thể trả lần nữa.",
            _ => $"Hồ sơ {d.Code} {text}, hẹn trả ngày {date}; chưa thể trả kết quả.",
        };
        return new DossierView(d.Code, d.State.ToString(), text, d.Reception.ProcedureName, d.Applicant.FullName, d.ReceivedAt, date,
            d.State == DossierState.ResultReady, isPending, message ?? summary, DossierNotices.Open(d));
    }

    /// <summary>Redacted: personal data never goes into logs.</summary>
    public override string ToString() => $"DossierView {{ Code = {Code}, State = {State} (applicant redacted) }}";
}
