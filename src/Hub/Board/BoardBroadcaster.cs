using CounterNode.Hub.Sync;
using CounterNode.Hub.Hall;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Board;

/// <summary>
/// Keeps the board current: checks the change-log head every <see cref="BoardOptions.PollInterval"/>
/// (one-row read) or at once when <see cref="BoardChangeSignal"/> reports a commit, moves the
/// in-memory <see cref="TicketBook"/> forward through the log, and pushes the new board and
/// hall views to the connected browsers. Without a change it still refreshes every few seconds
/// so "service time so far" and online/offline keep moving. Publishes are spaced at least
/// <see cref="BoardOptions.MinPublishInterval"/> apart (<see cref="MinimumInterval"/>).
/// </summary>
public sealed class BoardBroadcaster(
    BoardQueries queries,
    BoardSnapshotStore store,
    BoardChangeSignal signal,
    IHubContext<BoardHub, IBoardClient> board,
    IHubContext<HallHub, IHallClient> hall,
    IOptions<BoardOptions> options,
    IOptions<Configuration.HubOptions> hub,
    DeadlineQueries deadlines,
    DeviceHealthQueries devices,
    TimeProvider time,
    ILogger<BoardBroadcaster> logger) : BackgroundService
{
    private static readonly TimeSpan IdleRefresh = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        TicketBook? book = null;
        var lastPublished = DateTimeOffset.MinValue;
        long publishedVersion = -1;
        var failing = false;
        var spacing = new MinimumInterval(settings.MinPublishInterval, time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                var head = await queries.GetHeadAsync(stoppingToken);
                var day = BoardProjector.DayAt(now, settings.UtcOffset);
                if (book is null || book.Day != day)
                {
                    book ??= new TicketBook(day);
                    await queries.ReloadAsync(book, day, head, stoppingToken);
                }
                else if (head.Version != book.Version)
                {
                    await queries.CatchUpAsync(book, head, stoppingToken);
                }

                if (head.Version != publishedVersion || now - lastPublished >= IdleRefresh)
                {
                    await PublishAsync(book, head.Version, now, settings, stoppingToken);
                    spacing.Ran();
                    publishedVersion = head.Version;
                    lastPublished = now;
                }

                failing = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not end the board; the next tick reloads. Logged once per outage, not every second.
                if (!failing)
                    BoardLog.RefreshFailed(logger, ex);
                failing = true;
                book = null;
            }

            try
            {
                // Commits that arrive while waiting for the turn stay signalled and are read on the next turn.
                if (await signal.WaitAsync(settings.PollInterval, stoppingToken))
                    await spacing.WaitTurnAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task PublishAsync(TicketBook book, long version, DateTimeOffset now, BoardOptions settings, CancellationToken cancellationToken)
    {
        var nodes = await queries.GetNodesAsync(cancellationToken);
        var conflicts = await queries.GetConflictsAsync(settings.RecentConflicts, cancellationToken);
        var tickets = book.Tickets.ToList();
        var boardView = BoardProjector.Build(settings, hub.Value.CenterName, book.Day, version, tickets, nodes, conflicts, now)
            with { Deadlines = await deadlines.GetAsync(book.Day, cancellationToken), Devices = await devices.GetAsync(cancellationToken), DevicesSynced = true };
        var hallView = CallProjection.Hall(tickets, version);
        store.Set(boardView, hallView);
        await board.Clients.All.Board(boardView);
        await hall.Clients.All.Hall(hallView);
        BoardLog.Published(logger, version, tickets.Count, book.Day);
    }
}
