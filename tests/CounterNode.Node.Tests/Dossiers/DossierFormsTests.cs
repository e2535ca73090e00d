using CounterNode.Node.Dossiers;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Dossiers;

public sealed class DossierFormsTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 26, 9, 30, 0, Vietnam);
    private static readonly DateTimeOffset ReturnAt = new(2026, 12, 10, 16, 0, 0, Vietnam);

    private static readonly DossierForms Forms = new(Options.Create(new DossierOptions { RegisterBook = "02" }), WorkingCalendar.Default);

    private static DossierEntity Dossier(ResultDelivery delivery = ResultDelivery.Counter) => new(
        Guid.CreateVersion7(), "000.00.00.H34-261126-0042", "STP-01", "STP",
        new DossierApplicant("Vũ Thị Thu", "3 Phan Đình Phùng, Kon Tum", "0912000111", null, false, null),
        new DossierReception("Cấp Phiếu lý lịch tư pháp", 10, [new ReceivedDocument("Tờ khai", "Bản chính", 1)], 2, delivery, 200_000,
            ReturnAt, ["Nhận hồ sơ lúc 09:30", "Hẹn trả 16:00 10/12/2026"], false, "counter-01"),
        "cb01", 3, ReceivedAt, new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 24), DossierState.Processing,
        "b1", "STP", null, null, null, null, null,
        [
            new DelayReport("Chờ xác minh", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 17), "stp-1", new DateTimeOffset(2026, 12, 9, 3, 0, 0, TimeSpan.Zero)),
            new DelayReport("Chờ ý kiến Bộ", new DateOnly(2026, 12, 17), new DateOnly(2026, 12, 24), "stp-1", new DateTimeOffset(2026, 12, 16, 3, 0, 0, TimeSpan.Zero)),
        ],
        []);

    [Fact]
    public void The_receipt_carries_what_was_recorded_at_reception()
    {
        var receipt = Forms.Receipt(Dossier(), "Nguyễn Thị Lan");
        Assert.Equal(("000.00.00.H34-261126-0042", "Vũ Thị Thu", 2, 10), (receipt.DossierCode, receipt.ApplicantName, receipt.NumberOfSets, receipt.ProcessingWorkingDays));
        Assert.Equal(ReturnAt, receipt.ReturnAt);
        Assert.Equal(("02", "0042"), (receipt.RegisterBook, receipt.RegisterNumber));
        Assert.StartsWith("Quầy số 3", receipt.CollectionPlace, StringComparison.Ordinal);
        Assert.StartsWith("Dịch vụ bưu chính", Forms.Receipt(Dossier(ResultDelivery.Post), "x").CollectionPlace, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_apology_states_the_date_it_replaces_and_the_new_one_in_local_time()
    {
        var first = Forms.Apology(Dossier(), 0, "Sở Tư pháp");
        Assert.Equal(ReturnAt, first.OriginalReturnAt); // the printed time of the receipt
        Assert.Equal(new DateTimeOffset(2026, 12, 17, 16, 0, 0, Vietnam), first.NewReturnAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 10, 0, 0, Vietnam), first.IssuedAt);
        Assert.Equal(("0042-1/PXL", "SỞ TƯ PHÁP", "Ông/Bà Vũ Thị Thu"), (first.Number, first.Agency.Name, first.Addressee));

        var second = Forms.Apology(Dossier(), 1, "Sở Tư pháp");
        Assert.Equal(new DateTimeOffset(2026, 12, 17, 16, 0, 0, Vietnam), second.OriginalReturnAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 16, 0, 0, Vietnam), second.NewReturnAt);
        Assert.Equal("0042-2/PXL", second.Number);
    }

    [Fact]
    public void A_supplement_notice_needs_a_request_and_lists_exactly_its_items()
    {
        Assert.Throws<InvalidOperationException>(() => Forms.Supplement(Dossier(), "x", "y"));
        var requested = Dossier() with { Supplement = new SupplementRequest(["Ảnh 4x6", "Bản sao CCCD"], null, "stp-1", ReceivedAt.AddDays(3)) };
        var notice = Forms.Supplement(requested, "Lê Văn Hùng", "0260 3 111 222");
        Assert.Equal(["Ảnh 4x6", "Bản sao CCCD"], notice.ItemsToSupplement);
        Assert.Equal(("0042/PYCBS", "Lê Văn Hùng", "0260 3 111 222"), (notice.Number, notice.ContactOfficer, notice.ContactPhone));
    }

    [Theory]
    [InlineData("000.00.00.H34-261126-0001", true)]
    [InlineData("000.00.00.H34-261126-0001\r\n", true)]
    [InlineData("000.00.00.h34-261126-0001", true)] // looks like one: its typed error is the answer
    [InlineData("H34-261126-12", true)]
    [InlineData("A023", false)]
    [InlineData("https://dichvucong.kontum.gov.vn/hang-doi/A023", false)]
    [InlineData("CB:stp-01:Zm9vYmFy", false)] // an officer's badge
    [InlineData("001090001234|123456789|Nguyễn Văn A|01011990|Nam|Kon Tum|01012021", false)] // an ID card
    [InlineData("H34 - 261126 - 0001", true)]
    public void Scans_are_routed_as_dossier_codes_by_their_shape(string text, bool isDossier) =>
        Assert.Equal(isDossier, DossierScanHandler.IsDossierScan(text));

    [Theory]
    [InlineData("Cấp Phiếu Lý lịch tư pháp", "cap phieu ly lich tu phap")]
    [InlineData("Đăng ký ĐẤT ĐAI", "dang ky dat dai")]
    [InlineData("  ", "")]
    public void Search_text_ignores_case_and_diacritics(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Bad_settings_are_named()
    {
        var validator = new DossierOptionsValidator();
        Assert.True(validator.Validate(null, new DossierOptions()).Succeeded);
        var bad = validator.Validate(null, new DossierOptions
        {
            AgencyCode = "h34",
            Procedures = [new DossierProcedureOptions { Code = "X", Name = "", Department = "STP", ProcessingDays = -1 }],
        });
        Assert.True(bad.Failed);
        Assert.Contains("Dossiers:AgencyCode", bad.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Dossiers:Procedures:0", bad.FailureMessage, StringComparison.Ordinal);
    }
}
