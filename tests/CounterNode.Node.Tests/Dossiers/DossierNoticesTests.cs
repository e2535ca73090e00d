using CounterNode.Node.Dossiers;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CsCheck;

namespace CounterNode.Node.Tests.Dossiers;

/// <summary>Which department notice a counter may print again (Mẫu 02 / Mẫu 04), and when none.</summary>
public sealed class DossierNoticesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 26, 9, 30, 0, Vietnam);

    private static readonly DossierState[] Closed = [DossierState.ResultReady, DossierState.Returned, DossierState.Refused];

    private static readonly SupplementRequest Request =
        new(["Bản sao giấy khai sinh có chứng thực", "Ảnh 4x6"], "Tờ khai thiếu nơi cư trú", "stp-1", ReceivedAt.AddDays(3));

    private static DelayReport Delay(int day, int newDay, string reason) =>
        new(reason, new DateOnly(2026, 12, day), new DateOnly(2026, 12, newDay), "stp-1", new DateTimeOffset(2026, 12, day - 1, 3, 0, 0, TimeSpan.Zero));

    private static DossierEntity Dossier(DossierState state, SupplementRequest? supplement = null, params DelayReport[] delays) => new(
        Guid.CreateVersion7(), "000.00.00.H34-261126-0042", "STP-01", "STP",
        new DossierApplicant("Vũ Thị Thu", "3 Phan Đình Phùng, Kon Tum", "0912000111", null, false, null),
        new DossierReception("Cấp Phiếu lý lịch tư pháp", 10, [new ReceivedDocument("Tờ khai", "Bản chính", 1)], 1, ResultDelivery.Counter, 200_000,
            new DateTimeOffset(2026, 12, 10, 16, 0, 0, Vietnam), [], false, "counter-01"),
        "cb01", 3, ReceivedAt, new DateOnly(2026, 12, 10), delays.Length == 0 ? new DateOnly(2026, 12, 10) : delays[^1].NewReturnDate, state,
        "b1", "STP", supplement, null, null, null, null, delays, []);

    [Fact]
    public void An_open_supplement_request_is_Mau_02_with_every_missing_item_and_the_reason()
    {
        var notice = Assert.Single(DossierNotices.Open(Dossier(DossierState.SupplementRequested, Request)));
        Assert.Equal((DossierNoticeForm.Supplement, "mau-02", -1), (notice.Form, notice.FormCode, notice.DelayIndex));
        Assert.Equal("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", notice.FormName);
        Assert.Equal(
            ["Cơ quan chuyên môn yêu cầu bổ sung, hoàn thiện hồ sơ:", "1. Bản sao giấy khai sinh có chứng thực", "2. Ảnh 4x6", "Lý do: Tờ khai thiếu nơi cư trú"],
            notice.Lines);
    }

    [Fact]
    public void A_supplied_supplement_is_no_longer_open_but_the_latest_delay_is_Mau_04_with_its_new_date()
    {
        var dossier = Dossier(DossierState.Processing, Request, Delay(10, 17, "Chờ xác minh"), Delay(17, 24, "Chờ ý kiến Bộ Tư pháp"));
        var notice = Assert.Single(DossierNotices.Open(dossier));
        Assert.Equal((DossierNoticeForm.Delay, "mau-04", 1), (notice.Form, notice.FormCode, notice.DelayIndex));
        Assert.Equal("Hồ sơ trễ hẹn; hẹn trả lại ngày 24/12/2026 (thay cho ngày 17/12/2026).", notice.Lines[0]);
        Assert.Equal("Lý do: Chờ ý kiến Bộ Tư pháp", notice.Lines[1]);
    }

    [Fact]
    public void With_both_open_the_supplement_comes_first_and_either_can_be_chosen()
    {
        var dossier = Dossier(DossierState.SupplementRequested, Request, Delay(10, 17, "Chờ xác minh"));
        Assert.Equal([DossierNoticeForm.Supplement, DossierNoticeForm.Delay], DossierNotices.Open(dossier).Select(n => n.Form));
        Assert.Equal(DossierNoticeForm.Supplement, DossierNotices.Choose(dossier, null)!.Form);
        Assert.Equal(DossierNoticeForm.Delay, DossierNotices.Choose(dossier, DossierNoticeForm.Delay)!.Form);
        Assert.Null(DossierNotices.Choose(Dossier(DossierState.Processing), DossierNoticeForm.Supplement));
    }

    [Theory]
    [InlineData(DossierState.Received)]
    [InlineData(DossierState.TransferredToDepartment)]
    [InlineData(DossierState.Processing)]
    [InlineData(DossierState.Supplemented)]
    public void Without_a_request_or_delay_there_is_nothing_to_reprint(DossierState state)
    {
        Assert.Empty(DossierNotices.Open(Dossier(state)));
        Assert.Null(DossierNotices.Choose(Dossier(state), null));
    }

    [Fact]
    public void Once_the_result_is_ready_returned_or_refused_no_notice_is_open_whatever_came_before() =>
        Gen.Select(Gen.Int[0, 2].Select(i => Closed[i]), Gen.Int[0, 3], Gen.Bool)
            .Sample((state, delays, supplement) =>
            {
                var reports = Enumerable.Range(0, delays).Select(i => Delay(10 + i, 11 + i, "Lý do " + i)).ToArray();
                return DossierNotices.Open(Dossier(state, supplement ? Request : null, reports)).Count == 0;
            });

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("mau-02", DossierNoticeForm.Supplement)]
    [InlineData(" MAU-04 ", DossierNoticeForm.Delay)]
    public void Form_codes_parse(string? text, DossierNoticeForm? form) => Assert.Equal(form, DossierNotices.ParseForm(text));

    [Fact]
    public void An_unknown_form_code_is_refused_with_its_reason()
    {
        var ex = Assert.Throws<UnknownNoticeFormException>(() => DossierNotices.ParseForm("mau-03"));
        Assert.Equal("dossier.unknown-notice-form", ex.Code);
        Assert.Contains("Mẫu 02", ex.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lookup_view_carries_the_open_notices()
    {
        var view = DossierView.From(Dossier(DossierState.SupplementRequested, Request), isPending: false);
        Assert.Equal("mau-02", Assert.Single(view.Notices).FormCode);
        Assert.Empty(DossierView.From(Dossier(DossierState.Processing), isPending: false).Notices);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(15, true)]
    [InlineData(61, false)]
    public void The_reprint_wait_is_validated(int seconds, bool valid)
    {
        var result = new DossierOptionsValidator().Validate(null, new DossierOptions { NoticeReprintWait = TimeSpan.FromSeconds(seconds) });
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
            Assert.Contains("Dossiers:NoticeReprintWait", result.FailureMessage, StringComparison.Ordinal);
    }
}
