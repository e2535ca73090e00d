namespace CounterNode.Node.Dossiers;

/// <summary>
/// A notice of the department that still concerns the citizen and can be printed again at any
/// counter of the department (shown on the console, loopback only: the items are not personal data,
/// but the page shows them next to the applicant).
/// </summary>
/// <param name="Form">Which form.</param>
/// <param name="FormName">The form's Vietnamese name with its number, e.g. "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)".</param>
/// <param name="DelayIndex">For <see cref="DossierNoticeForm.Delay"/>: which delay report (0-based); -1 otherwise.</param>
/// <param name="Lines">What the notice says, in Vietnamese: the missing items and reason, or the new date and reason.</param>
public sealed record OpenDossierNotice(DossierNoticeForm Form, string FormName, int DelayIndex, IReadOnlyList<string> Lines)
{
    /// <summary>The form's short code used by the API and the page: <c>mau-02</c> or <c>mau-04</c>.</summary>
    public string FormCode => DossierNotices.Code(Form);
}
