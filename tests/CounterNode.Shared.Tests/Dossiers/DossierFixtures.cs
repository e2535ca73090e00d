using CounterNode.Shared.Codes;
using CounterNode.Shared.Dossiers;

namespace CounterNode.Shared.Tests.Dossiers;

/// <summary>Builds dossiers and drives them into any state along a legal path.</summary>
internal static class DossierFixtures
{
    public const string ApplicantName = "Nguyễn Thị Hoa";
    public const string ApplicantPhone = "0905123456";
    public static readonly DossierCode Code = DossierCode.Parse("H34-261126-0001");
    public static readonly DateOnly ReturnDate = new(2026, 12, 10);
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 26, 9, 15, 0, TimeSpan.FromHours(7));

    public static Dossier NewDossier() =>
        Dossier.Receive(
            Guid.CreateVersion7(),
            Code,
            "STP-01",
            new Applicant(ApplicantName, ApplicantPhone, "12 Trần Phú, Kon Tum", "hoa@example.vn"),
            ReturnDate,
            "officer-1",
            1,
            ReceivedAt);

    /// <summary>
    /// A dossier in <paramref name="state"/>. With <paramref name="viaSupplement"/>, the path to
    /// Processing and beyond goes through a supplement round (so the one request is used up).
    /// </summary>
    public static Dossier InState(DossierState state, bool viaSupplement = false)
    {
        var dossier = NewDossier();
        var at = ReceivedAt;
        DateTimeOffset Next() => at = at.AddHours(1);

        if (state == DossierState.Received)
            return dossier;
        if (state == DossierState.Refused)
        {
            dossier.Refuse("officer-1", "Hồ sơ không thuộc thẩm quyền.", Next());
            return dossier;
        }

        dossier.TransferToDepartment("officer-1", "STP", Next());
        if (state == DossierState.TransferredToDepartment)
            return dossier;

        dossier.StartProcessing("officer-stp", Next());
        var needsSupplement = viaSupplement || state is DossierState.SupplementRequested or DossierState.Supplemented;
        if (needsSupplement)
        {
            dossier.RequestSupplement("officer-stp", ["Bản sao giấy khai sinh"], "Thiếu giấy tờ", Next());
            if (state == DossierState.SupplementRequested)
                return dossier;
            dossier.ReceiveSupplement("officer-1", Next());
            if (state == DossierState.Supplemented)
                return dossier;
            dossier.StartProcessing("officer-stp", Next());
        }

        if (state == DossierState.Processing)
            return dossier;
        dossier.MarkResultReady("officer-stp", Next());
        if (state == DossierState.ResultReady)
            return dossier;
        dossier.Return("officer-1", 1, ApplicantName, false, null, Next());
        return dossier;
    }

    /// <summary>Performs <paramref name="action"/> with valid arguments.</summary>
    public static void Do(Dossier dossier, DossierAction action, DateTimeOffset at)
    {
        switch (action)
        {
            case DossierAction.TransferToDepartment: dossier.TransferToDepartment("officer-2", "STP", at); break;
            case DossierAction.StartProcessing: dossier.StartProcessing("officer-2", at); break;
            case DossierAction.RequestSupplement: dossier.RequestSupplement("officer-2", ["Tờ khai có chữ ký"], null, at); break;
            case DossierAction.ReceiveSupplement: dossier.ReceiveSupplement("officer-2", at); break;
            case DossierAction.MarkResultReady: dossier.MarkResultReady("officer-2", at); break;
            case DossierAction.Return: dossier.Return("officer-2", 1, "Trần Văn Bình", true, "Giấy ủy quyền số 12/UQ ngày 01/12/2026", at); break;
            case DossierAction.Refuse: dossier.Refuse("officer-2", "Không đủ điều kiện theo quy định.", at); break;
            case DossierAction.ReportDelay: dossier.ReportDelay("officer-2", "Chờ xác minh của cơ quan liên quan.", dossier.ReturnDate.AddDays(5), at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
