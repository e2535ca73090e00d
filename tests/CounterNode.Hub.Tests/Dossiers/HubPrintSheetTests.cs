using CounterNode.Hub.Configuration;
using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Tests.Infrastructure;

namespace CounterNode.Hub.Tests.Dossiers;

/// <summary>The printable batch sheet (Mẫu 05 rows) and register (Mẫu 06) from stored dossiers.</summary>
public sealed class HubPrintSheetTests
{
    private const string Hostile = "<script>alert('x')</script> Lê Văn Tám";

    [Fact]
    public async Task The_batch_sheet_has_one_control_row_per_dossier_with_the_hand_over_and_encodes_every_value()
    {
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 8, 0, 0));
        var first = await bed.ReceiveAsync(bed.Time.GetUtcNow(), applicant: Hostile);
        var second = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        bed.Time.Advance(TimeSpan.FromMinutes(150));
        var batch = Assert.Single(await bed.Transferrer.FormBatchesAsync(new(new DateOnly(2026, 11, 27), new TimeOnly(10, 30)), default));
        var dossiers = await bed.Reader.GetBatchAsync("STP", batch.BatchId, default);

        var html = TransferBatchSheet.Render("Trung tâm PVHCC", "Sở Tư pháp", batch.BatchId, dossiers, bed.Time.GetUtcNow());

        Assert.Equal(2, dossiers.Count);
        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", html, StringComparison.Ordinal);
        Assert.Contains("Đợt chuyển hồ sơ giấy lúc 10:30 27/11/2026", html, StringComparison.Ordinal);
        Assert.Contains($"data-code=\"{first}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-code=\"{second}\"", html, StringComparison.Ordinal);
        Assert.Contains("10:30 27/11/2026</td><td>hub-transfer</td>", html, StringComparison.Ordinal); // handed over at the batch, by the desk
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_register_lists_a_days_dossiers_with_transfer_supplement_and_delay_notes(DatabaseProvider provider)
    {
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 9, 0, 0), provider);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow(), processingDays: 1);
        await bed.ReceiveAsync(bed.Time.GetUtcNow(), department: "SKHDT");
        await bed.TransferAsync(code);
        await bed.Departments.ReportDelayAsync("STP", "sotuphap", code, new CounterNode.Hub.Departments.DelayReportBody { Reason = "Chờ xác minh", ExtraWorkingDays = 2 }, default);
        var rows = await bed.Reader.GetReceivedOnAsync("STP", new DateOnly(2026, 11, 27), default);

        var html = DossierRegisterSheet.Render("Trung tâm PVHCC", "Sở Tư pháp", new DateOnly(2026, 11, 27), rows, bed.Time.GetUtcNow());

        Assert.Equal([code], rows.Select(r => r.Code));
        Assert.Contains("Sổ theo dõi hồ sơ", html, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Lan", html, StringComparison.Ordinal);
        Assert.Contains("12 Lê Lợi, Kon Tum, 0905000111", html, StringComparison.Ordinal);
        Assert.Contains("Trễ hạn, hẹn lại 02/12/2026: Chờ xác minh", html, StringComparison.Ordinal);
        Assert.Contains("<b id=\"register-count\">1</b>", html, StringComparison.Ordinal);
        Assert.Empty(await bed.Reader.GetReceivedOnAsync("STP", new DateOnly(2026, 11, 26), default));
    }
}
