using CounterNode.Hub.Configuration;
using CounterNode.Hub.Departments;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Hub.Tests.Dossiers;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Tests.Departments;

/// <summary>The department's decisions through <see cref="DepartmentDossierService"/> on a real Hub database.</summary>
public sealed class DepartmentActionTests
{
    // Friday 27 November 2026, 09:00 center-local.
    private static readonly DateTime Friday = new(2026, 11, 27, 9, 0, 0);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_supplement_is_requested_once_and_a_second_request_is_refused_in_Vietnamese_without_a_change(DatabaseProvider provider)
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday, provider);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        await bed.TransferAsync(code);
        await bed.Departments.StartProcessingAsync("STP", "sotuphap", code, default);

        var first = await bed.Departments.RequestSupplementAsync("STP", "sotuphap", code,
            new SupplementRequestBody { MissingItems = ["Bản sao CCCD có chứng thực", "  "], Reason = "Bản chụp bị mờ" }, default);

        Assert.Equal("supplement-requested", first.State);
        Assert.Equal("chờ bổ sung", first.StateText);
        var stored = await bed.GetAsync(code);
        Assert.Equal(["Bản sao CCCD có chứng thực"], stored.Supplement!.MissingItems);
        Assert.Contains(bed.Pokes.Pokes, p => p.Scopes.Contains("dept:STP") && p.Version == first.Version);
        var versionBefore = await HeadAsync(bed);

        var again = await Assert.ThrowsAsync<SupplementAlreadyRequestedException>(() => bed.Departments.RequestSupplementAsync("STP", "sotuphap", code,
            new SupplementRequestBody { MissingItems = ["Giấy khai sinh"] }, default));
        Assert.Contains("chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần", again.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(versionBefore, await HeadAsync(bed));

        // Still refused after the citizen supplemented and processing resumed: once means once.
        await bed.Issuer.IssueAsync(DossierMutationTypes.Supplemented, new DossierCodePayload(code), "officer-1", default);
        await bed.Departments.StartProcessingAsync("STP", "sotuphap", code, default);
        await Assert.ThrowsAsync<SupplementAlreadyRequestedException>(() => bed.Departments.RequestSupplementAsync("STP", "sotuphap", code,
            new SupplementRequestBody { MissingItems = ["Giấy khai sinh"] }, default));
        Assert.Equal(["Bản sao CCCD có chứng thực"], (await bed.GetAsync(code)).Supplement!.MissingItems);
    }

    [Fact]
    public async Task A_supplement_request_without_items_is_refused()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        await bed.TransferAsync(code);
        await bed.Departments.StartProcessingAsync("STP", "sotuphap", code, default);

        var error = await Assert.ThrowsAsync<MissingItemsRequiredException>(() =>
            bed.Departments.RequestSupplementAsync("STP", "sotuphap", code, new SupplementRequestBody { MissingItems = [" "] }, default));

        Assert.False(string.IsNullOrWhiteSpace(error.DisplayMessage));
        Assert.Null((await bed.GetAsync(code)).Supplement);
    }

    [Fact]
    public async Task A_delay_needs_a_written_reason_and_a_later_working_day()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow(), processingDays: 1); // Friday + 1 working day = Monday 30/11
        await bed.TransferAsync(code);
        var dossier = await bed.GetAsync(code);
        Assert.Equal(new DateOnly(2026, 11, 30), dossier.ReturnDate);
        var head = await HeadAsync(bed);

        var noReason = await Assert.ThrowsAsync<ReasonRequiredException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "  ", ExtraWorkingDays = 2 }, default));
        Assert.Contains("phải ghi rõ lý do", noReason.DisplayMessage, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ReturnDateNotLaterException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ xác minh", NewReturnDate = new DateOnly(2026, 11, 30) }, default));
        var weekend = await Assert.ThrowsAsync<ReturnDateNotWorkingDayException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ xác minh", NewReturnDate = new DateOnly(2026, 12, 5) }, default)); // Saturday
        Assert.Contains("không phải ngày làm việc", weekend.DisplayMessage, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NewReturnDateRequiredException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ xác minh" }, default));
        await Assert.ThrowsAsync<InvalidDepartmentRequestException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ xác minh", ExtraWorkingDays = 0 }, default));
        Assert.Equal(head, await HeadAsync(bed));
        Assert.Empty((await bed.GetAsync(code)).Delays);
    }

    [Fact]
    public async Task A_delay_in_working_days_recomputes_the_return_date_over_the_calendar()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow(), processingDays: 1); // due Monday 30/11
        await bed.TransferAsync(code);

        // Monday + 5 working days = Monday 7/12 (the weekend is skipped).
        var result = await bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ cơ quan công an xác minh", ExtraWorkingDays = 5 }, default);

        Assert.Equal(new DateOnly(2026, 12, 7), result.ReturnDate);
        var stored = await bed.GetAsync(code);
        var delay = Assert.Single(stored.Delays);
        Assert.Equal(new DateOnly(2026, 11, 30), delay.PreviousReturnDate);
        Assert.Equal(new DateOnly(2026, 12, 7), delay.NewReturnDate);
        Assert.Equal("sotuphap", delay.OfficerId);
        Assert.Equal(new DateOnly(2026, 11, 30), stored.OriginalReturnDate);

        // A later explicit working day is taken as given.
        var second = await bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "Chờ bổ sung ý kiến liên ngành", NewReturnDate = new DateOnly(2026, 12, 9) }, default);
        Assert.Equal(new DateOnly(2026, 12, 9), second.ReturnDate);
        Assert.Equal(2, (await bed.GetAsync(code)).Delays.Count);
    }

    [Fact]
    public async Task The_full_path_ends_with_the_result_ready_and_delays_are_refused_after_it()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        await bed.TransferAsync(code);
        await bed.Departments.StartProcessingAsync("STP", "sotuphap", code, default);

        var ready = await bed.Departments.MarkResultReadyAsync("STP", "sotuphap", code, default);

        Assert.Equal("result-ready", ready.State);
        var late = await Assert.ThrowsAsync<IllegalTransitionException>(() => bed.Departments.ReportDelayAsync("STP", "sotuphap", code,
            new DelayReportBody { Reason = "x", ExtraWorkingDays = 1 }, default));
        Assert.Contains("không thể báo trễ hẹn", late.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_departments_dossier_and_an_untransferred_one_are_not_found_and_not_listed()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var stp = await bed.ReceiveAsync(bed.Time.GetUtcNow(), applicant: "Nguyễn Văn Bình");
        var waiting = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        await bed.TransferAsync(stp);

        await Assert.ThrowsAsync<DossierNotFoundException>(() => bed.Departments.StartProcessingAsync("SKHDT", "sokhdt", stp, default));
        await Assert.ThrowsAsync<DossierNotFoundException>(() => bed.Departments.StartProcessingAsync("STP", "sotuphap", waiting, default));
        Assert.Equal(DossierState.TransferredToDepartment, (await bed.GetAsync(stp)).State);

        Assert.Empty(await bed.Departments.ListAsync("SKHDT", default));
        var own = Assert.Single(await bed.Departments.ListAsync("STP", default));
        Assert.Equal(stp, own.Code);
        Assert.Equal("Nguyễn Văn Bình", own.ApplicantName);
        Assert.Equal(["start-processing", "report-delay"], own.Actions);
        Assert.DoesNotContain("Nguyễn", own.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hubs_mutations_are_chained_and_recorded_with_the_department_user_as_officer()
    {
        await using var bed = await HubDossierBed.CreateAsync(Friday);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        await bed.TransferAsync(code);

        await bed.Departments.StartProcessingAsync("STP", "sotuphap", code, default);

        await using var db = bed.Db.NewContext();
        var applied = await db.AppliedMutations.AsNoTracking().Where(m => m.NodeId == HubMutationIssuer.HubNodeId).OrderBy(m => m.MutationId).ToListAsync();
        Assert.Equal([DossierMutationTypes.Transfer, DossierMutationTypes.StartProcessing], applied.Select(m => m.Type));
        Assert.Equal("sotuphap", applied[1].Officer);
        Assert.Equal(applied[0].Hash, applied[1].PreviousHash);
        Assert.True((await bed.Engine.VerifyChangeLogAsync(default)).IsIntact);
    }

    private static async Task<long> HeadAsync(HubDossierBed bed)
    {
        await using var db = bed.Db.NewContext();
        return await db.SyncState.AsNoTracking().Where(s => s.Id == SyncStateRecord.SingletonId).Select(s => s.Version).SingleAsync();
    }
}
