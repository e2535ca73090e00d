using CounterNode.Hub.Calendar;
using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Dossiers.Transfer;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Calendar;

/// <summary>
/// The Hub's working calendar over a real SQLite Hub database, engine and issuer: an administrator's
/// day off entered through <see cref="CalendarEditor"/> moves return dates and paper-transfer
/// batches at once; a refused edit changes nothing; a change issued elsewhere is picked up.
/// </summary>
public sealed class HubWorkingCalendarTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Vietnam));
    private TestDatabase _db = null!;
    private HubMutationIssuer _issuer = null!;
    private CalendarChangeSignal _signal = null!;
    private HubWorkingCalendar _calendar = null!;
    private CalendarEditor _editor = null!;
    private RecordingPokeSender _pokes = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _pokes = new RecordingPokeSender();
        _issuer = new HubMutationIssuer(_db.CreateEngine(_time, pokes: _pokes), _db.Contexts, _time);
        _signal = new CalendarChangeSignal();
        _calendar = new HubWorkingCalendar(_db.Contexts, _signal, NullLogger<HubWorkingCalendar>.Instance);
        _editor = new CalendarEditor(_issuer, new CatalogueReader(_db.Contexts), _calendar, NullLogger<CalendarEditor>.Instance);
    }

    public async Task DisposeAsync()
    {
        _calendar.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_day_off_entered_at_the_hub_moves_the_return_date_and_the_paper_batch()
    {
        await _calendar.StartAsync(default);
        await _calendar.StopAsync(default);
        Assert.True(_calendar.Current.IsWorkingDay(Friday));
        var plans = new TransferPlanSource(new DossierReader(_db.Contexts, NullLogger<DossierReader>.Instance), _calendar, NullLogger<TransferPlanSource>.Instance);
        var afterCutOffThursday = new DateTimeOffset(2026, 11, 26, 16, 45, 0, Vietnam);
        var receivedThursday = new DateTimeOffset(2026, 11, 26, 9, 0, 0, Vietnam);
        Assert.Equal(new TransferSlot(Friday, new TimeOnly(10, 30)), (await plans.GetAsync(default)).SlotFor(afterCutOffThursday));
        Assert.Equal(Friday, new ReturnDateCalculator(_calendar.Current).Calculate(receivedThursday, 1).ReturnDay);

        var saved = await _editor.AddDayOffAsync(Friday, "Nghỉ hoán đổi theo Thông báo số 12/TB-UBND", "giamsat", null, default);

        Assert.True(saved.Version > 0);
        Assert.Equal(DayStatus.AdministrativeDayOff, _calendar.Current.DescribeDay(Friday).Status);
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 30), new TimeOnly(10, 30)), (await plans.GetAsync(default)).SlotFor(afterCutOffThursday));
        Assert.Equal(new DateOnly(2026, 11, 30), new ReturnDateCalculator(_calendar.Current).Calculate(receivedThursday, 1).ReturnDay);

        // Issued as the Hub's own hash-chained catalogue.put, poked to scope center.
        await using var context = _db.NewContext();
        var mutation = await context.AppliedMutations.SingleAsync(m => m.NodeId == HubMutationIssuer.HubNodeId);
        Assert.Equal(CatalogueMutationTypes.Put, mutation.Type);
        Assert.NotEmpty(_pokes.Pokes);
    }

    [Fact]
    public async Task A_refused_edit_names_the_problem_and_changes_nothing()
    {
        await _editor.AddDayOffAsync(Friday, "Nghỉ hoán đổi", "giamsat", null, default);
        var before = await _editor.GetYearAsync(2026, default);

        var holiday = await Assert.ThrowsAsync<InvalidCalendarOptionsException>(() =>
            _editor.AddDayOffAsync(new DateOnly(2026, 9, 2), "Nghỉ", "giamsat", null, default));
        var noReason = await Assert.ThrowsAsync<InvalidCalendarInputException>(() =>
            _editor.AddDayOffAsync(new DateOnly(2026, 12, 4), "  ", "giamsat", null, default));
        var twice = await Assert.ThrowsAsync<InvalidCalendarInputException>(() =>
            _editor.AddDayOffAsync(Friday, "Lần hai", "giamsat", null, default));

        Assert.Contains("đã là ngày nghỉ (Quốc khánh", holiday.DisplayMessage, StringComparison.Ordinal);
        Assert.Contains("lý do", noReason.DisplayMessage, StringComparison.Ordinal);
        Assert.Contains("đã có trong danh sách", twice.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(MutatorJson.ToElement(before).GetRawText(), MutatorJson.ToElement(await _editor.GetYearAsync(2026, default)).GetRawText());
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.AppliedMutations.CountAsync(m => m.NodeId == HubMutationIssuer.HubNodeId));
    }

    [Fact]
    public async Task Tet_national_day_and_make_up_days_are_set_and_removed()
    {
        var tet = Enumerable.Range(0, 9).Select(i => new DateOnly(2027, 2, 5).AddDays(i)).ToList();
        await _editor.SetLunarNewYearDaysAsync(2027, tet, "giamsat", null, default);
        await _editor.SetNationalDayAdjacentDayAsync(2027, new DateOnly(2027, 9, 3), "giamsat", null, default);
        await _editor.AddMakeUpDayAsync(new DateOnly(2027, 2, 20), "Làm bù", "giamsat", null, default);

        var calendar = _calendar.Current;
        Assert.All(tet, d => Assert.False(calendar.IsWorkingDay(d)));
        Assert.Equal(DayStatus.PublicHoliday, calendar.DescribeDay(new DateOnly(2027, 9, 3)).Status);
        Assert.Equal(DayStatus.MakeUpWorkingDay, calendar.DescribeDay(new DateOnly(2027, 2, 20)).Status);

        await _editor.RemoveMakeUpDayAsync(new DateOnly(2027, 2, 20), "giamsat", null, default);
        await _editor.SetLunarNewYearDaysAsync(2027, [], "giamsat", null, default);
        Assert.Equal(DayStatus.Weekend, _calendar.Current.DescribeDay(new DateOnly(2027, 2, 20)).Status);
        Assert.All(tet, d => Assert.Equal(WorkingCalendar.Default.DescribeDay(d), _calendar.Current.DescribeDay(d)));
        Assert.True(_calendar.Current.IsWorkingDay(new DateOnly(2027, 2, 12)));
    }

    [Fact]
    public async Task A_change_issued_elsewhere_is_picked_up_after_the_commit_signal()
    {
        await _calendar.StartAsync(default);
        try
        {
            var before = _calendar.Current;
            var data = MutatorJson.ToElement(new CalendarYearEntity(2026, [new AdministrativeDayOff(Friday, "Nghỉ theo thông báo")]));
            await _issuer.IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(CatalogueEntityTypes.CalendarYear, "2026", data), "seed", default);
            Assert.Same(before, _calendar.Current);

            _signal.Notify();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (_calendar.Current.IsWorkingDay(Friday))
                await Task.Delay(10, timeout.Token);
            Assert.Equal("Nghỉ theo thông báo", _calendar.Current.DescribeDay(Friday).Vietnamese);
        }
        finally
        {
            await _calendar.StopAsync(default);
        }
    }

    [Fact]
    public async Task The_hubs_late_absence_rule_uses_the_day_off_in_its_own_state()
    {
        // Friday 27/11 12:00: an absence for Monday 30/11 is on time, unless Friday is declared a day off.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 12, 0, 0, Vietnam));
        await PutAsync(CatalogueEntityTypes.Department, "SXD", new DepartmentEntity("SXD", "Sở Xây dựng"));
        foreach (var officer in new[] { "xd1", "xd2" })
        {
            await PutAsync(CatalogueEntityTypes.Officer, officer, new OfficerEntity(
                officer, "Cán bộ " + officer, "Chuyên viên", "SXD", "", CredentialHash.Hash("1234", iterations: 10)));
        }

        var monday = new DateOnly(2026, 11, 30);
        await _issuer.IssueAsync(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", monday, monday, "Ốm"), "giamsat", default);
        await _editor.AddDayOffAsync(Friday, "Nghỉ hoán đổi", "giamsat", null, default);
        await _issuer.IssueAsync(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a2", "xd2", monday, monday, "Ốm"), "giamsat", default);

        Assert.False((await AbsenceAsync("a1")).Late);
        Assert.True((await AbsenceAsync("a2")).Late);
    }

    private Task<HubMutationResult> PutAsync(string type, string id, object data) =>
        _issuer.IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(type, id, MutatorJson.ToElement(data)), "seed", default);

    private async Task<AbsenceEntity> AbsenceAsync(string id)
    {
        await using var context = _db.NewContext();
        var row = await context.Entities.SingleAsync(e => e.Type == RotationEntityTypes.Absence && e.Id == id);
        return System.Text.Json.JsonSerializer.Deserialize<AbsenceEntity>(row.Data!, MutatorJson.Options)!;
    }
}
