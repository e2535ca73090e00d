using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Display.Web;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Node.Rotation;
using CounterNode.Node.Storage;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Rotation;

public sealed class CounterRotationWatcherTests : IAsyncLifetime
{
    private readonly TestReplicas _replicas = new();
    private readonly FakeTimeProvider _time = new(RotationReplicaSeed.Local(RotationReplicaSeed.Monday, 10));
    private NodeReplica _replica = null!;
    private RotationReplicaSeed _seed = null!;
    private CounterDuty _duty = null!;
    private WebCounterDisplay _display = null!;
    private ConsoleAlerts _alerts = null!;
    private CounterRotationWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        _replica = _replicas.Open("counter-03", time: _time);
        _seed = new RotationReplicaSeed(_replica);
        await _seed.CatalogueAsync();
        await _seed.StandardWeekAsync();
        _duty = new CounterDuty();
        _display = new WebCounterDisplay(_time);
        _alerts = new ConsoleAlerts(_time);
        _watcher = new CounterRotationWatcher(new CounterRotationReader(_replica), _replica, _duty, _display, _alerts,
            Options.Create(new NodeOptions { NodeId = "counter-03", Role = NodeRole.Counter, CounterNumber = 3 }),
            WorkingCalendar.Default, _time, NullLogger<CounterRotationWatcher>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
        await _replica.DisposeAsync();
        _replicas.Dispose();
    }

    [Fact]
    public async Task At_start_the_counter_takes_the_department_on_duty_its_services_name_and_an_alert()
    {
        await _watcher.StartAsync(CancellationToken.None);
        await UntilApplied("SXD");
        Assert.Equal(["C"], _duty.Current.Services!.Order());
        Assert.Equal("Sở Xây dựng", _display.State.Department);
        Assert.Contains(_alerts.Snapshot(), a => a.Message.Contains("Sở Xây dựng", StringComparison.Ordinal) && a.Message.Contains("Nguyễn Văn Xây", StringComparison.Ordinal));
    }

    [Fact]
    public async Task At_the_end_of_the_half_day_the_timer_switches_to_the_next_department_without_any_sync()
    {
        await _watcher.StartAsync(CancellationToken.None);
        await UntilApplied("SXD");
        var alertsBefore = _alerts.Snapshot().Count;

        // 11:00: Monday afternoon is still SXD: nothing changes, nobody is alerted.
        _time.SetUtcNow(RotationReplicaSeed.Local(RotationReplicaSeed.Monday, 11, 0).AddSeconds(1));
        var evaluations = _watcher.Evaluations;
        await Until(() => _watcher.Evaluations > evaluations);
        Assert.Equal("SXD", _duty.Current.Department);
        Assert.Equal(alertsBefore, _alerts.Snapshot().Count);

        // 17:00: the next half-day in effect is Tuesday morning, SGTVT.
        _time.SetUtcNow(RotationReplicaSeed.Local(RotationReplicaSeed.Monday, 17, 0).AddSeconds(1));
        await UntilApplied("SGTVT");
        Assert.Equal(["D"], _duty.Current.Services!.Order());
        Assert.Equal("Sở Giao thông vận tải", _display.State.Department);
        Assert.Contains(_alerts.Snapshot(), a => a.Message.Contains("Sở Giao thông vận tải", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pushed_schedule_change_takes_effect_at_once()
    {
        await _watcher.StartAsync(CancellationToken.None);
        await UntilApplied("SXD");
        await _seed.ScheduleAsync(RotationReplicaSeed.Entry("gt-all", "SGTVT", "gt1", DayOfWeek.Monday, DayOfWeek.Tuesday));
        await UntilApplied("SGTVT");
        Assert.Equal(["D"], _duty.Current.Services!.Order());
    }

    [Fact]
    public async Task A_half_day_without_a_schedule_entry_leaves_the_counter_calling_every_service()
    {
        await _seed.ScheduleAsync(RotationReplicaSeed.Entry("gt", "SGTVT", "gt1", DayOfWeek.Tuesday));
        var plan = await _watcher.EvaluateAsync(3, CancellationToken.None);
        Assert.Null(_duty.Current.Services);
        Assert.Equal(CounterNode.Shared.Rotation.StaffingStatus.Unscheduled, plan.Staffing!.Status);
        Assert.Equal(RotationReplicaSeed.Local(RotationReplicaSeed.Monday, 11), plan.NextSwitch);
    }

    // The plan is recorded as applied after its every effect (duty, display, alert); the duty
    // alone is set first, so waiting on it would race the display and the alert.
    private Task UntilApplied(string department) => Until(() => _watcher.Applied?.Duty.Department == department);

    private static async Task Until(Func<bool> condition)
    {
        // Real time bounds the wait only; the watcher's own timers run on the fake clock.
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(20);
        Assert.True(condition(), "the watcher did not reach the expected state");
    }
}
