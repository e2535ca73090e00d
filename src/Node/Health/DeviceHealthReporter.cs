using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Storage;
using CounterNode.Shared.Devices;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Health;

/// <summary>
/// Sends settled device states to the Hub as <c>device.status</c> mutations through the replica
/// (so they survive an outage in the outbox like any other change). A state is sent once it has
/// held for <see cref="DeviceHealthOptions.Debounce"/>; a device that keeps flapping is sent
/// (with its latest state) once it has differed from the last report for
/// <see cref="DeviceHealthOptions.MaxSilence"/>. Also follows the printer's status monitor.
/// </summary>
public sealed partial class DeviceHealthReporter(
    DeviceHealth health,
    INodeReplica replica,
    IServiceProvider services,
    IOptions<DeviceHealthOptions> options,
    IOptions<PrintingOptions> printing,
    TimeProvider time,
    ILogger<DeviceHealthReporter> logger) : BackgroundService
{
    // What the Hub was last told per device, and since when the observed state differs from it.
    private readonly Dictionary<string, (string State, string? Detail)> _reported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _differentSince = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task? printerGrace = null;
        if (printing.Value.Enabled)
        {
            var monitor = services.GetRequiredService<IPrinterStatusMonitor>();
            FollowPrinter(monitor);
            printerGrace = ReportSilentPrinterAsync(monitor, stoppingToken);
        }

        var settings = options.Value;
        var seen = health.Changed.Version;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = await ReportSettledAsync(settings, stoppingToken).ConfigureAwait(false);
                seen = await health.Changed.WaitAfterAsync(seen, wake, stoppingToken, time).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; an unreported state is observed again at the next start.
        }

        if (printerGrace is not null)
            await printerGrace.ConfigureAwait(false);
    }

    // A printer unplugged since start never changes status ("unknown" equals "unreachable" in the
    // monitor), so it would never be reported: after a grace period without any answer, say offline.
    private async Task ReportSilentPrinterAsync(IPrinterStatusMonitor monitor, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Value.PrinterStartGrace, time, cancellationToken).ConfigureAwait(false);
            if (!monitor.Current.Reachable && !health.Snapshot().Any(o => o.Device == DeviceStatusValues.Printer))
                health.Observe(DeviceStatusValues.Printer, DeviceStatusValues.Offline, "no answer since start");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void FollowPrinter(IPrinterStatusMonitor monitor)
    {
        // Before the first read the monitor says "unknown" (equal to unreachable): only a real read is reported.
        if (monitor.Current.Reachable)
            Observe(monitor.Current);
        monitor.StatusChanged += (_, change) => Observe(change.Current);

        void Observe(PrinterStatus status)
        {
            var (state, detail) = PrinterHealthMapping.Map(status);
            health.Observe(DeviceStatusValues.Printer, state, detail);
        }
    }

    // Reports what has settled; returns how long to wait before looking again.
    private async Task<TimeSpan> ReportSettledAsync(DeviceHealthOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wake = TimeSpan.FromMinutes(1);
        foreach (var observed in health.Snapshot())
        {
            if (_reported.TryGetValue(observed.Device, out var last) && last.State == observed.State && last.Detail == observed.Detail)
            {
                _differentSince.Remove(observed.Device); // flapped back to what the Hub already has
                continue;
            }

            if (!_differentSince.TryGetValue(observed.Device, out var since))
                _differentSince[observed.Device] = since = now;
            var settledIn = observed.At + settings.Debounce - now;
            var silenceEndsIn = since + settings.MaxSilence - now;
            var dueIn = settledIn < silenceEndsIn ? settledIn : silenceEndsIn;
            if (dueIn > TimeSpan.Zero)
            {
                wake = dueIn < wake ? dueIn : wake;
                continue;
            }

            if (await ReportAsync(observed, cancellationToken).ConfigureAwait(false))
            {
                _reported[observed.Device] = (observed.State, observed.Detail);
                _differentSince.Remove(observed.Device);
            }
        }

        return wake < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : wake;
    }

    private async Task<bool> ReportAsync(DeviceObservation observed, CancellationToken cancellationToken)
    {
        try
        {
            await replica.MutateAsync(DeviceStatusMutator.MutationType,
                MutatorJson.ToElement(new DeviceStatusPayload(observed.Device, observed.State, observed.Detail)), officer: null, cancellationToken)
                .ConfigureAwait(false);
            LogReported(logger, observed.Device, observed.State);
            return true;
        }
        catch (DomainException ex)
        {
            // A refused report is a bug in the mapping, not an outage: log it and do not retry the same state.
            LogRefused(logger, ex, observed.Device, observed.State);
            return true;
        }
    }

    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Device {Device} is {State}; reported to the Hub")]
    private static partial void LogReported(ILogger logger, string device, string state);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Error, Message = "Device {Device} state {State} was refused by the rules")]
    private static partial void LogRefused(ILogger logger, Exception exception, string device, string state);
}
