using System.Threading.Channels;
using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Rotation;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Rotation;

/// <summary>
/// Keeps a shared counter on the right department (RULES 8, Điều 13.10): re-plans its duty at the
/// end of every working half-day (a timer on the injected <see cref="TimeProvider"/>) and at once
/// when a pushed schedule, absence or catalogue change reaches the replica. On a switch it narrows
/// the services the console calls (<see cref="CounterDuty"/>), puts the department's name on the
/// counter display and tells the officer on the console.
/// </summary>
public sealed partial class CounterRotationWatcher(
    CounterRotationReader reader,
    INodeReplica replica,
    CounterDuty duty,
    ICounterDisplay display,
    ConsoleAlerts alerts,
    IOptions<NodeOptions> node,
    IWorkingCalendarSource calendar,
    TimeProvider time,
    ILogger<CounterRotationWatcher> logger) : BackgroundService
{
    /// <summary>Longest sleep between two evaluations.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(5);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private CounterDutyPlan? _applied;

    /// <summary>The plan applied last (null before the first evaluation).</summary>
    public CounterDutyPlan? Applied => Volatile.Read(ref _applied);

    /// <summary>Counts evaluations, so tests can wait for one without sleeping.</summary>
    public long Evaluations => Interlocked.Read(ref _evaluations);

    private long _evaluations;

    /// <summary>Plans the duty now and applies it when it changed.</summary>
    public async Task<CounterDutyPlan> EvaluateAsync(int counter, CancellationToken cancellationToken)
    {
        var snapshot = await reader.ReadAsync(counter, cancellationToken).ConfigureAwait(false);
        var plan = CounterDutyPlanner.Plan(snapshot, calendar.Current, time.GetUtcNow());
        var previous = Applied;
        if (previous is null || !SameDuty(previous, plan))
        {
            duty.Set(plan.Duty);
            await ShowDepartmentAsync(counter, plan.Duty.DepartmentName, cancellationToken).ConfigureAwait(false);
            if (plan.Staffing is not null)
                alerts.Add(AlertText(counter, plan));
            LogSwitched(logger, counter, plan.Duty.Department ?? "(all)", plan.Staffing?.HalfDay.ToString() ?? "-", plan.Staffing?.Status.ToString() ?? "not shared");
        }

        Volatile.Write(ref _applied, plan);
        Interlocked.Increment(ref _evaluations);
        return plan;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (node.Value.Role != NodeRole.Counter || node.Value.CounterNumber is not { } counter)
            return;
        // Subscribe before the first read: a change committed in between wakes the loop again.
        var watching = WatchReplicaAsync(stoppingToken);
        Task<bool>? changed = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                CounterDutyPlan? plan = null;
                try
                {
                    plan = await EvaluateAsync(counter, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A malformed entity must not stop the counter: keep the last duty and retry on the next change.
                    LogEvaluationFailed(logger, ex, counter);
                }

                // Sleep until the half-day ends, but never long: a wall clock stepped by NTP is caught within MaxSleep.
                var delay = plan is null ? MaxSleep : plan.NextSwitch - time.GetUtcNow();
                delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxSleep ? MaxSleep : delay;
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var timer = Task.Delay(delay, time, wake.Token);
                changed ??= _changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
                await Task.WhenAny(timer, changed).ConfigureAwait(false);
                await wake.CancelAsync().ConfigureAwait(false);
                if (changed.IsCompleted)
                {
                    changed = null;
                    while (_changes.Reader.TryRead(out _))
                    {
                        // drained: one evaluation covers every change so far
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }

        await watching.ConfigureAwait(false);
    }

    private async Task WatchReplicaAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var notification in replica.WatchAsync(stoppingToken).ConfigureAwait(false))
            {
                if (notification is ReplicaReset || (notification is EntityChanged changed && CounterRotationReader.IsRelevant(changed.Key.Type)))
                    _changes.Writer.TryWrite(true);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task ShowDepartmentAsync(int counter, string? department, CancellationToken cancellationToken)
    {
        try
        {
            await display.ShowDepartmentAsync(counter, department, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or DisplayTextOverflowException or IOException or TimeoutException)
        {
            // The switch itself stands (queue and console); the officer is told the display failed.
            LogDisplayFailed(logger, ex, counter);
            alerts.Add("Không hiển thị được tên cơ quan trực trên bảng của quầy. Vui lòng kiểm tra thiết bị hiển thị.");
        }
    }

    private static bool SameDuty(CounterDutyPlan a, CounterDutyPlan b) =>
        a.Duty.Department == b.Duty.Department
        && a.Staffing?.Status == b.Staffing?.Status
        && a.Staffing?.Officer == b.Staffing?.Officer
        && (a.Duty.Services is null ? b.Duty.Services is null : b.Duty.Services is not null && a.Duty.Services.SetEquals(b.Duty.Services));

    private static string AlertText(int counter, CounterDutyPlan plan)
    {
        var s = plan.Staffing!;
        var when = s.HalfDay.VietnameseLabel();
        var services = plan.Duty.Services is { } set ? " Quầy gọi các dịch vụ: " + string.Join(", ", set.Order(StringComparer.Ordinal)) + "." : string.Empty;
        return s.Status switch
        {
            StaffingStatus.Unscheduled => $"{when}: quầy {counter} chưa có lịch luân phiên; quầy gọi tất cả dịch vụ của quầy.",
            StaffingStatus.Absent => $"{when}: quầy {counter} do {plan.Duty.DepartmentName} trực nhưng công chức vắng mặt, chưa có dự phòng.{services}",
            StaffingStatus.Reserve => $"{when}: quầy {counter} do {plan.Duty.DepartmentName} trực, công chức dự phòng {plan.OfficerName}.{services}",
            _ => $"{when}: quầy {counter} do {plan.Duty.DepartmentName} trực ({plan.OfficerName}).{services}",
        };
    }

    [LoggerMessage(EventId = 7200, Level = LogLevel.Information, Message = "Counter {Counter} duty: department {Department} for {HalfDay} ({Status})")]
    private static partial void LogSwitched(ILogger logger, int counter, string department, string halfDay, string status);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Counter {Counter}: the rotation could not be evaluated; the last duty stays")]
    private static partial void LogEvaluationFailed(ILogger logger, Exception exception, int counter);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Counter display of counter {Counter} failed to show the department on duty")]
    private static partial void LogDisplayFailed(ILogger logger, Exception exception, int counter);
}
