using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Health;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Devices;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Health;

/// <summary>Device health becomes <c>device.status</c> mutations in a real replica, debounced on the (fake) clock.</summary>
public sealed class DeviceHealthReporterTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaxSilence = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_flapping_display_is_reported_once_with_the_state_it_settles_in()
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open("counter-01");
        var health = new DeviceHealth(replicas.Time);
        using var reporter = Create(health, replica, replicas);
        await reporter.StartAsync(CancellationToken.None);

        foreach (var state in new[] { "offline", "ok", "offline", "ok", "offline" })
        {
            health.Observe(DeviceStatusValues.Display, state);
            replicas.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(30);
        }

        Assert.Null(await StoredAsync(replica, "display"));
        var settledAt = replicas.Time.GetUtcNow() - TimeSpan.FromMilliseconds(500);
        var stored = await AdvanceUntilReportedAsync(replicas, replica, "display");

        Assert.Equal("offline", stored.State);
        Assert.True(replicas.Time.GetUtcNow() >= settledAt + Debounce, "reported before the state had held for the debounce time");
        await reporter.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_device_that_never_settles_is_still_reported_after_the_silence_limit_and_a_repeat_is_not_sent_again()
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open("kiosk-01");
        var health = new DeviceHealth(replicas.Time);
        using var reporter = Create(health, replica, replicas);
        await reporter.StartAsync(CancellationToken.None);

        health.Observe(DeviceStatusValues.Printer, DeviceStatusValues.PaperLow, "paper-near-end");
        var first = await AdvanceUntilReportedAsync(replicas, replica, "printer");
        Assert.Equal(DeviceStatusValues.PaperLow, first.State);

        // Flapping every second for longer than the silence limit: one more report, not one per flip.
        var start = replicas.Time.GetUtcNow();
        var flips = 0;
        DeviceStatusEntity? latest = first;
        while (replicas.Time.GetUtcNow() - start < MaxSilence + TimeSpan.FromSeconds(5))
        {
            health.Observe(DeviceStatusValues.Printer, flips++ % 2 == 0 ? DeviceStatusValues.PaperOut : DeviceStatusValues.Ok);
            replicas.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(15);
            latest = await StoredAsync(replica, "printer");
        }

        Assert.NotEqual(first.Since, latest!.Since);
        Assert.True(flips > 30);
        await reporter.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_printer_monitor_is_followed_and_a_printer_silent_since_start_is_reported_offline()
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open("kiosk-01");
        var health = new DeviceHealth(replicas.Time);
        var monitor = new PrinterStatusMonitor("receipt", replicas.Time, NullLogger<PrinterStatusMonitor>.Instance);
        using var reporter = Create(health, replica, replicas, monitor);
        await reporter.StartAsync(CancellationToken.None);

        var silent = await AdvanceUntilAsync(replicas, replica, "printer", _ => true, steps: 100, stride: TimeSpan.FromSeconds(1));
        Assert.Equal((DeviceStatusValues.Offline, "no answer since start"), (silent.State, silent.Detail));

        monitor.Report(PrinterStatus.Ready with { PaperNearEnd = true });
        await AdvanceUntilAsync(replicas, replica, "printer", s => s.State == DeviceStatusValues.PaperLow);
        monitor.Report(PrinterStatus.Ready with { PaperOut = true, Online = false });
        var stored = await AdvanceUntilAsync(replicas, replica, "printer", s => s.State == DeviceStatusValues.PaperOut);
        Assert.Equal("offline, paper-out", stored.Detail);
        await reporter.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Printer_status_bits_map_to_the_worst_condition()
    {
        Assert.Equal("offline", PrinterHealthMapping.Map(PrinterStatus.Unreachable).State);
        Assert.Equal("ok", PrinterHealthMapping.Map(PrinterStatus.Ready).State);
        Assert.Equal("paper-low", PrinterHealthMapping.Map(PrinterStatus.Ready with { PaperNearEnd = true }).State);
        Assert.Equal("paper-out", PrinterHealthMapping.Map(PrinterStatus.Ready with { PaperNearEnd = true, PaperOut = true, Online = false }).State);
        Assert.Equal("cover-open", PrinterHealthMapping.Map(PrinterStatus.Ready with { CoverOpen = true, Online = false }).State);
        Assert.Equal("error", PrinterHealthMapping.Map(PrinterStatus.Ready with { CutterError = true }).State);
    }

    private static DeviceHealthReporter Create(DeviceHealth health, Node.Storage.NodeReplica replica, TestReplicas replicas, PrinterStatusMonitor? printer = null)
    {
        var services = new ServiceCollection();
        if (printer is not null)
            services.AddSingleton<IPrinterStatusMonitor>(printer);
        return new(health, replica, services.BuildServiceProvider(),
            Options.Create(new DeviceHealthOptions { Debounce = Debounce, MaxSilence = MaxSilence, PrinterStartGrace = TimeSpan.FromSeconds(45) }),
            Options.Create(new PrintingOptions { Enabled = printer is not null }), replicas.Time, NullLogger<DeviceHealthReporter>.Instance);
    }

    private static async Task<DeviceStatusEntity?> StoredAsync(Node.Storage.NodeReplica replica, string device)
    {
        var entity = await replica.GetAsync(DeviceStatusEntity.EntityType, DeviceStatusEntity.IdOf(replica.NodeId, device), CancellationToken.None);
        return entity is null ? null : MutatorJson.ReadState<DeviceStatusEntity>(new SessionEntity(entity.Type, entity.Id, entity.Scope, entity.Data));
    }

    private static Task<DeviceStatusEntity> AdvanceUntilReportedAsync(TestReplicas replicas, Node.Storage.NodeReplica replica, string device) =>
        AdvanceUntilAsync(replicas, replica, device, _ => true);

    private static async Task<DeviceStatusEntity> AdvanceUntilAsync(
        TestReplicas replicas, Node.Storage.NodeReplica replica, string device, Func<DeviceStatusEntity, bool> until, int steps = 400, TimeSpan? stride = null)
    {
        for (var step = 0; step < steps; step++)
        {
            if (await StoredAsync(replica, device) is { } stored && until(stored))
                return stored;
            replicas.Time.Advance(stride ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }

        throw new TimeoutException($"{device} was never reported as expected");
    }
}
