using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// Every edit of the working calendar made at the Hub. Each reads the year's overrides, applies the
/// change, checks the result with <see cref="CalendarYearRules"/> (every problem listed, in
/// Vietnamese, nothing changed when one is found), then issues it as <c>catalogue.put</c> of
/// <c>catalogue.calendar-year</c> through <see cref="HubMutationIssuer"/>: hash-chained, applied by
/// the shared mutator (which validates again) and poked to every node at once. The Hub's own
/// calendar is refreshed before returning, so the next page or batch already uses it.
/// Concurrency: an edit may carry the token of the year the administrator saw (the page's hidden
/// field, the API's <c>If-Match</c>); the shared mutator checks it inside the push transaction and
/// the edit is refused with <see cref="CatalogueChangedMeanwhileException"/> when the year changed
/// meanwhile — on this Hub or another instance. Without one, a day-level change (add/remove a day,
/// set Tết…) is still guarded by the token of the year it read and simply re-applied to the new
/// year when another writer came first, so it never undoes the other edit; only a whole-year PUT
/// without <c>If-Match</c> keeps "last write wins".
/// </summary>
public sealed class CalendarEditor(
    HubMutationIssuer issuer,
    CatalogueReader reader,
    HubWorkingCalendar calendar,
    ILogger<CalendarEditor> logger)
{
    // Each edit reads the year, changes it and writes it whole: one edit at a time on this Hub so two
    // supervisors adding days off at once do not even race; across Hub instances the token in the
    // payload (checked by the mutator in the push transaction) is what keeps them from overwriting each other.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly string[] YearType = [CatalogueEntityTypes.CalendarYear];

    // A day-level change without a token re-applied on a fresh read when another instance wrote
    // first; a few rounds are plenty (each loser re-reads a year that just settled).
    private const int MaxRebases = 4;

    /// <summary>The stored overrides of <paramref name="year"/> (an empty entry when none).</summary>
    public async Task<CalendarYearEntity> GetYearAsync(int year, CancellationToken cancellationToken) =>
        (await ReadYearAsync(year, cancellationToken).ConfigureAwait(false)).Overrides;

    /// <summary>The stored overrides of <paramref name="year"/> with their concurrency token.</summary>
    public async Task<CalendarYearRead> ReadYearAsync(int year, CancellationToken cancellationToken)
    {
        CheckYear(year);
        var id = CalendarYearRules.IdOf(year);
        var snapshot = await reader.ReadAsync(YearType, cancellationToken).ConfigureAwait(false);
        var overrides = snapshot.Get<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear, id) ?? new CalendarYearEntity(year, [], [], [], null);
        return new CalendarYearRead(overrides, snapshot.Token(CatalogueEntityTypes.CalendarYear, id));
    }

    /// <summary>Replaces a year's overrides as a whole (the JSON API).</summary>
    /// <param name="expectedToken">The token of the year the new one was based on; null = replace whatever is stored.</param>
    public Task<CalendarSaved> PutYearAsync(CalendarYearEntity overrides, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        CheckYear(overrides.Year);
        return SaveAsync("put-year", overrides.Year, _ => overrides, user, expectedToken, wholeYear: true, cancellationToken);
    }

    /// <summary>Declares a day off (date and reason required).</summary>
    /// <param name="expectedToken">The token of the year the administrator saw; null = apply to the year as stored.</param>
    public Task<CalendarSaved> AddDayOffAsync(DateOnly date, string? reason, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidCalendarInputException("reason", "is required.", $"Vui lòng nhập lý do nghỉ ngày {CalendarText.Date(date)} (ví dụ số thông báo).");
        return SaveAsync("add-day-off", date.Year, y =>
        {
            if ((y.DaysOff ?? []).Any(d => d.Date == date))
                throw new InvalidCalendarInputException("date", "is already a declared day off.", $"Ngày {CalendarText.Date(date)} đã có trong danh sách ngày nghỉ.");
            return y with { DaysOff = [.. y.DaysOff ?? [], new AdministrativeDayOff(date, reason)] };
        }, user, expectedToken, wholeYear: false, cancellationToken);
    }

    /// <summary>Removes a declared day off.</summary>
    public Task<CalendarSaved> RemoveDayOffAsync(DateOnly date, string user, string? expectedToken, CancellationToken cancellationToken) =>
        SaveAsync("remove-day-off", date.Year, y =>
        {
            if (!(y.DaysOff ?? []).Any(d => d.Date == date))
                throw new InvalidCalendarInputException("date", "is not a declared day off.", $"Ngày {CalendarText.Date(date)} không có trong danh sách ngày nghỉ.");
            return y with { DaysOff = [.. y.DaysOff!.Where(d => d.Date != date)] };
        }, user, expectedToken, wholeYear: false, cancellationToken);

    /// <summary>Declares a make-up working day (a Saturday worked…); the reason is optional.</summary>
    public Task<CalendarSaved> AddMakeUpDayAsync(DateOnly date, string? reason, string user, string? expectedToken, CancellationToken cancellationToken) =>
        SaveAsync("add-make-up-day", date.Year, y =>
        {
            if ((y.MakeUpWorkingDays ?? []).Any(d => d.Date == date))
                throw new InvalidCalendarInputException("date", "is already a make-up working day.", $"Ngày {CalendarText.Date(date)} đã có trong danh sách ngày làm việc bù.");
            return y with { MakeUpWorkingDays = [.. y.MakeUpWorkingDays ?? [], new MakeUpWorkingDay(date, reason)] };
        }, user, expectedToken, wholeYear: false, cancellationToken);

    /// <summary>Removes a make-up working day.</summary>
    public Task<CalendarSaved> RemoveMakeUpDayAsync(DateOnly date, string user, string? expectedToken, CancellationToken cancellationToken) =>
        SaveAsync("remove-make-up-day", date.Year, y =>
        {
            if (!(y.MakeUpWorkingDays ?? []).Any(d => d.Date == date))
                throw new InvalidCalendarInputException("date", "is not a make-up working day.", $"Ngày {CalendarText.Date(date)} không có trong danh sách ngày làm việc bù.");
            return y with { MakeUpWorkingDays = [.. y.MakeUpWorkingDays!.Where(d => d.Date != date)] };
        }, user, expectedToken, wholeYear: false, cancellationToken);

    /// <summary>Sets the announced Tết days of a year; an empty list goes back to the regulation's five days.</summary>
    public Task<CalendarSaved> SetLunarNewYearDaysAsync(int year, IReadOnlyList<DateOnly> days, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        CheckYear(year);
        return SaveAsync("set-tet", year, y => y with { LunarNewYearDays = [.. days.Distinct()] }, user, expectedToken, wholeYear: false, cancellationToken);
    }

    /// <summary>Sets the announced National Day adjacent day (1 or 3 September); null goes back to the calendar's rule.</summary>
    public Task<CalendarSaved> SetNationalDayAdjacentDayAsync(int year, DateOnly? day, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        CheckYear(year);
        return SaveAsync("set-national-day", year, y => y with { NationalDayAdjacentDay = day }, user, expectedToken, wholeYear: false, cancellationToken);
    }

    private static void CheckYear(int year)
    {
        if (year < LunarCalendar.MinSupportedDate.Year || year > LunarCalendar.MaxSupportedDate.Year)
        {
            throw new InvalidCalendarInputException("year", "is outside the calendar's range.",
                $"Năm {year} nằm ngoài phạm vi lịch ({LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}).");
        }
    }

    private async Task<CalendarSaved> SaveAsync(
        string change, int year, Func<CalendarYearEntity, CalendarYearEntity> edit, string user, string? expectedToken,
        bool wholeYear, CancellationToken cancellationToken)
    {
        CheckYear(year);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var round = 1; ; round++)
            {
                try
                {
                    return await SaveLockedAsync(change, year, edit, user, expectedToken, wholeYear, cancellationToken).ConfigureAwait(false);
                }
                catch (CatalogueChangedMeanwhileException) when (expectedToken is null && !wholeYear && round < MaxRebases)
                {
                    // No token from the administrator: the change is a day-level delta, re-apply it to the year as now stored.
                    HubCalendarLog.Rebased(logger, change, year, user, round);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CalendarSaved> SaveLockedAsync(
        string change, int year, Func<CalendarYearEntity, CalendarYearEntity> edit, string user, string? expectedToken, bool wholeYear,
        CancellationToken cancellationToken)
    {
        var current = await ReadYearAsync(year, cancellationToken).ConfigureAwait(false);
        CalendarYearEntity normalised;
        try
        {
            normalised = CalendarYearRules.Normalise(edit(current.Overrides));
        }
        catch (Shared.Errors.DomainException ex)
        {
            HubCalendarLog.Refused(logger, change, year, user, ex.Code);
            throw;
        }

        var id = CalendarYearRules.IdOf(year);
        // The administrator's token when given; else a delta guards itself with the year it just
        // read (another instance may write between that read and the push); a whole-year PUT without
        // If-Match replaces blindly, as before.
        var guard = expectedToken ?? (wholeYear ? null : current.Token);
        var data = Shared.Sync.Mutators.MutatorJson.ToElement(normalised);
        long version;
        try
        {
            var payload = new CataloguePutPayload(CatalogueEntityTypes.CalendarYear, id, data, guard);
            version = (await issuer.IssueAsync(CatalogueMutationTypes.Put, payload, user, cancellationToken).ConfigureAwait(false)).Version;
        }
        catch (HubMutationRejectedException ex) when (ex.ReasonCode == CatalogueChangedMeanwhileException.ErrorCode)
        {
            HubCalendarLog.Refused(logger, change, year, user, ex.ReasonCode);
            var now = await ReadYearAsync(year, cancellationToken).ConfigureAwait(false);
            throw new CatalogueChangedMeanwhileException(CatalogueEntityTypes.CalendarYear, id, guard ?? CatalogueEntryToken.Absent, now.Token);
        }
        catch (HubMutationRejectedException ex)
        {
            HubCalendarLog.Refused(logger, change, year, user, ex.ReasonCode);
            throw new CatalogueEditRefusedException(ex.ReasonCode, ex.Reason);
        }

        HubCalendarLog.Saved(logger, change, year, user, version);
        await calendar.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return new CalendarSaved(year, version, normalised) { Token = CatalogueEntryToken.Of(data) };
    }
}
