using System.Collections.Frozen;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;

namespace CounterNode.Node.Catalogue;

/// <summary>
/// The catalogue entities of the replica at one moment, immutable: a new instance replaces it on
/// every change, so readers may cache whatever they derive from it by reference.
/// </summary>
public sealed class SyncedCatalogue
{
    private readonly Lazy<CatalogueCalendarBuild> _calendar;

    /// <summary>No catalogue at all (the node then uses its configuration).</summary>
    public static SyncedCatalogue Empty { get; } = new(null, [], [], [], [], [], []);

    /// <param name="center">The center record, if synced.</param>
    /// <param name="departments">Departments.</param>
    /// <param name="services">Services, ordered by prefix.</param>
    /// <param name="procedures">Procedures.</param>
    /// <param name="counters">Counters, ordered by number.</param>
    /// <param name="officers">Officers.</param>
    /// <param name="priorityCategories">Priority categories.</param>
    /// <param name="calendarYears">The administrator's calendar overrides, one entry per year.</param>
    public SyncedCatalogue(
        CenterEntity? center,
        IEnumerable<DepartmentEntity> departments,
        IEnumerable<ServiceEntity> services,
        IEnumerable<ProcedureEntity> procedures,
        IEnumerable<CounterEntity> counters,
        IEnumerable<OfficerEntity> officers,
        IEnumerable<PriorityCategoryEntity> priorityCategories,
        IEnumerable<CalendarYearEntity>? calendarYears = null)
    {
        Center = center;
        Departments = [.. departments.OrderBy(d => d.Code, StringComparer.Ordinal)];
        Services = [.. services.OrderBy(s => s.Prefix, StringComparer.Ordinal)];
        Procedures = [.. procedures.OrderBy(p => p.Code, StringComparer.Ordinal)];
        Counters = [.. counters.OrderBy(c => c.Number)];
        PriorityCategories = [.. priorityCategories.OrderBy(p => p.Id, StringComparer.Ordinal)];
        Officers = officers.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        CalendarYears = [.. (calendarYears ?? []).OrderBy(y => y.Year)];
        // The calendar alone does not make the queue switch to the synced catalogue.
        IsEmpty = center is null && Departments.Count == 0 && Services.Count == 0 && Procedures.Count == 0
            && Counters.Count == 0 && Officers.Count == 0 && PriorityCategories.Count == 0;

        // Built on first use: most catalogue changes (an officer, a service) never ask for the calendar.
        _calendar = new Lazy<CatalogueCalendarBuild>(() => CatalogueCalendar.Build(Center, CalendarYears));
        WorkingSessions = center is null ? null : [.. center.WorkingHours.Select(p => new WorkingSession(p.Start, p.End))];
    }

    /// <summary>True when the replica holds no catalogue entity.</summary>
    public bool IsEmpty { get; }

    /// <summary>Which source the node uses with this catalogue.</summary>
    public CatalogueSource Source => IsEmpty ? CatalogueSource.Configuration : CatalogueSource.Synced;

    /// <summary>The center, if synced.</summary>
    public CenterEntity? Center { get; }

    /// <summary>The center's opening periods, or null when the center record is not synced (the calendar's default applies).</summary>
    public IReadOnlyList<WorkingSession>? WorkingSessions { get; }

    /// <summary>The administrator's calendar overrides by year.</summary>
    public IReadOnlyList<CalendarYearEntity> CalendarYears { get; }

    /// <summary>The working calendar of this catalogue (center hours + overrides; regulation defaults for what is missing).</summary>
    public CatalogueCalendarBuild Calendar => _calendar.Value;

    /// <summary>Departments by code order.</summary>
    public IReadOnlyList<DepartmentEntity> Departments { get; }

    /// <summary>Services by prefix order.</summary>
    public IReadOnlyList<ServiceEntity> Services { get; }

    /// <summary>Procedures by code order.</summary>
    public IReadOnlyList<ProcedureEntity> Procedures { get; }

    /// <summary>Counters by number.</summary>
    public IReadOnlyList<CounterEntity> Counters { get; }

    /// <summary>Officers by id.</summary>
    public FrozenDictionary<string, OfficerEntity> Officers { get; }

    /// <summary>Priority categories by id order.</summary>
    public IReadOnlyList<PriorityCategoryEntity> PriorityCategories { get; }

    /// <summary>Numbers of the counters that call <paramref name="prefix"/>, ascending.</summary>
    public IReadOnlyList<int> CountersServing(string prefix) =>
        [.. Counters.Where(c => c.Services.Contains(prefix, StringComparer.Ordinal)).Select(c => c.Number)];
}
