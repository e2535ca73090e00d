using System.Threading.Channels;
using CounterNode.Node.Devices.Voice;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Shared.Hall;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Hall;

/// <summary>
/// The hall role: follows the tickets in this node's replica (calls arrive from the Hub's change
/// log, or never while it is down), rebuilds the hall display on every change and speaks each new
/// call once through the voice announcer, whose single queue keeps calls from overlapping. Works
/// from the local replica only, so the hall TV keeps showing the last known state offline.
/// </summary>
public sealed partial class HallService(
    INodeReplica replica,
    QueueReader reader,
    QueueClock clock,
    HallDisplay display,
    IVoiceAnnouncer voice,
    IOptions<HallOptions> options,
    ILogger<HallService> logger) : BackgroundService
{
    private static readonly TimeSpan PeriodicRefresh = TimeSpan.FromSeconds(10);

    // Ticket id → hybrid time of the call last seen for it: a new time is a new call (or a new winner after a conflict).
    private readonly Dictionary<Guid, long> _seenCalls = [];

    // Ticket id → hybrid time of the recall last seen for it ("Gọi lại" at the counter).
    private readonly Dictionary<Guid, long> _seenRecalls = [];
    private long _version;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
        var watching = WatchAsync(changes.Writer, stoppingToken);
        try
        {
            await RefreshAsync(initial: true, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await changes.Reader.WaitToReadAsync(stoppingToken).AsTask().WaitAsync(PeriodicRefresh, stoppingToken).ConfigureAwait(false);
                    await Task.Delay(options.Value.Debounce, stoppingToken).ConfigureAwait(false);
                    changes.Reader.TryRead(out _);
                }
                catch (TimeoutException)
                {
                    // Periodic rebuild: the day changes at midnight without any entity changing.
                }

                await RefreshAsync(initial: false, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        await watching.ConfigureAwait(false);
    }

    private async Task WatchAsync(ChannelWriter<bool> changes, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in replica.WatchAsync(cancellationToken).ConfigureAwait(false))
            {
                if (notification is ReplicaReset
                    || notification is EntityChanged { Key.Type: TicketEntityTypes.Ticket or TicketPriorityEntity.EntityType or HallRecallEntity.EntityType })
                    changes.TryWrite(true);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RefreshAsync(bool initial, CancellationToken cancellationToken)
    {
        var queue = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        display.Publish(HallProjection.Project(queue, ++_version));
        var now = clock.Time.GetUtcNow();
        var fresh = new List<(long At, VoiceCall Call)>();
        foreach (var ticket in queue.Tickets)
        {
            if (ticket.Call is not { } call || (_seenCalls.TryGetValue(ticket.Id, out var seen) && seen == call.Hlc))
                continue;
            _seenCalls[ticket.Id] = call.Hlc;
            if (!initial && IsFresh(call.Hlc, now))
                fresh.Add((call.Hlc, new VoiceCall(HallProjection.Label(ticket), call.Counter)));
        }

        var today = queue.Tickets.Select(t => t.Id).ToHashSet();
        foreach (var entity in await replica.QueryAsync(HallRecallEntity.EntityType, null, cancellationToken).ConfigureAwait(false))
        {
            var recall = MutatorJson.ReadState<HallRecallEntity>(new SessionEntity(entity.Type, entity.Id, entity.Scope, entity.Data));
            if (!today.Contains(recall.TicketId) || (_seenRecalls.TryGetValue(recall.TicketId, out var seen) && seen == recall.At))
                continue;
            _seenRecalls[recall.TicketId] = recall.At;
            if (!initial && IsFresh(recall.At, now))
                fresh.Add((recall.At, new VoiceCall(recall.Ticket, recall.Counter)));
        }

        // Yesterday's tickets leave the view at midnight: forget their calls too.
        foreach (var seen in new[] { _seenCalls, _seenRecalls })
        {
            if (seen.Count > today.Count)
            {
                foreach (var gone in seen.Keys.Where(id => !today.Contains(id)).ToList())
                    seen.Remove(gone);
            }
        }

        foreach (var (_, call) in fresh.OrderBy(f => f.At))
            Announce(call);
        if (initial)
            LogStarted(logger, _seenCalls.Count);
    }

    private bool IsFresh(long hlc, DateTimeOffset now) => now - new HybridTimestamp(hlc).PhysicalTime <= options.Value.AnnounceWindow;

    private void Announce(VoiceCall call)
    {
        try
        {
            // The announcer queues and logs its own failures; the task is observed so a failure is not "unobserved".
            var spoken = voice.AnnounceAsync(call, CancellationToken.None);
            _ = spoken.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LogAnnouncing(logger, call.TicketNumber, call.Counter);
        }
        catch (ArgumentException ex)
        {
            LogUnspeakable(logger, ex, call.Counter);
        }
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Hall display started with {KnownCalls} calls already made today (not spoken again)")]
    private static partial void LogStarted(ILogger logger, int knownCalls);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Hall announces ticket {TicketNumber} to counter {Counter}")]
    private static partial void LogAnnouncing(ILogger logger, string ticketNumber, int counter);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "A call to counter {Counter} cannot be spoken")]
    private static partial void LogUnspeakable(ILogger logger, Exception exception, int counter);
}
