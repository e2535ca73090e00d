using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// The Hub's "current working calendar": built with <see cref="CatalogueCalendar.Build"/> from the
/// catalogue in the Hub's entity table (center hours + <c>catalogue.calendar-year</c> overrides),
/// exactly like every node builds it from its replica. Read once at start (regulation defaults
/// until then or when the table cannot be read), re-read after every commit to scope
/// <c>center</c> (<see cref="CalendarChangeSignal"/>), at the latest every <see cref="PollInterval"/>
/// (another Hub instance may have written), and at once by <see cref="CalendarEditor"/> after an
/// edit, so the page that made the change already shows its effect.
/// </summary>
public sealed class HubWorkingCalendar(
    IDbContextFactory<HubDbContext> contexts,
    CalendarChangeSignal signal,
    ILogger<HubWorkingCalendar> logger,
    TimeProvider? time = null) : BackgroundService, IWorkingCalendarSource
{
    /// <summary>Longest time between two reads without a commit signal.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    /// <summary>Shortest time between two signal-driven reads (edits at this Hub refresh at once anyway).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);

    // The calendar's only inputs: a busy hall wakes this reader every MinInterval, so it reads
    // these two types, not the whole catalogue.
    private static readonly string[] InputTypes = [CatalogueEntityTypes.Center, CatalogueEntityTypes.CalendarYear];

    private readonly CatalogueReader _reader = new(contexts);
    // A busy hall commits to scope center many times a second (tickets, calls): signal-driven
    // reads of the catalogue are spaced MinInterval apart. A load guard, not a rule.
    private readonly MinimumInterval _spacing = new(MinInterval, time ?? TimeProvider.System);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile WorkingCalendar _current = WorkingCalendar.Default;
    private string? _builtFrom;

    /// <inheritdoc />
    public WorkingCalendar Current => _current;

    /// <summary>Reads the catalogue before the Hub serves requests (the board's deadlines, transfers need it).</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryRefreshAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-reads the catalogue and replaces <see cref="Current"/> when the calendar's part changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await _reader.ReadAsync(InputTypes, cancellationToken).ConfigureAwait(false);
            // Most center-scope commits are tickets and calls: rebuild only when the calendar's inputs changed.
            var key = snapshot.Fingerprint();
            if (string.Equals(key, _builtFrom, StringComparison.Ordinal))
                return;
            var years = snapshot.All<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear);
            var build = CatalogueCalendar.Build(snapshot.Get<CenterEntity>(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId), years);
            foreach (var problem in build.Problems)
                HubCalendarLog.PartIgnored(logger, problem.English);
            _current = build.Calendar;
            _builtFrom = key;
            HubCalendarLog.Rebuilt(logger, years.Count, build.Calendar.Options.DaysOff.Count, build.Calendar.Options.MakeUpWorkingDays.Count);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false))
                    await _spacing.WaitTurnAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await TryRefreshAsync(stoppingToken).ConfigureAwait(false);
            _spacing.Ran();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _refreshing.Dispose();
        base.Dispose();
    }

    private async Task TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or System.Text.Json.JsonException)
        {
            // The database is not ready yet or briefly unreachable: the calendar in force stays.
            HubCalendarLog.ReadFailed(logger, ex);
        }
    }
}
