using System.Globalization;
using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Rotation;

/// <summary>
/// The catalogue and rotation entities at one moment, as the editor, the board and the public
/// officer list need them. Also serves as a read-only entity session so a change can be checked
/// by the shared mutator before it is issued (to show the Vietnamese refusal on the page).
/// </summary>
public sealed class RotationState
{
    private readonly IReadOnlyDictionary<(string Type, string Id), JsonElement> _entities;

    public RotationState(IReadOnlyDictionary<(string Type, string Id), JsonElement> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
        Departments = All<DepartmentEntity>(CatalogueEntityTypes.Department).ToDictionary(d => d.Code, StringComparer.Ordinal);
        Officers = All<OfficerEntity>(CatalogueEntityTypes.Officer).ToDictionary(o => o.Id, StringComparer.Ordinal);
        Services = All<ServiceEntity>(CatalogueEntityTypes.Service);
        Counters = [.. All<CounterEntity>(CatalogueEntityTypes.Counter).OrderBy(c => c.Number)];
        Schedules = All<RotationSchedule>(RotationEntityTypes.Schedule);
        Absences = [.. All<AbsenceEntity>(RotationEntityTypes.Absence).OrderBy(a => a.FromDate).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Departments by code.</summary>
    public IReadOnlyDictionary<string, DepartmentEntity> Departments { get; }

    /// <summary>Officers by id (inactive ones included, for history).</summary>
    public IReadOnlyDictionary<string, OfficerEntity> Officers { get; }

    /// <summary>Queue services.</summary>
    public IReadOnlyList<ServiceEntity> Services { get; }

    /// <summary>Every counter, by number.</summary>
    public IReadOnlyList<CounterEntity> Counters { get; }

    /// <summary>The shared counters (quầy tổng hợp), by number.</summary>
    public IEnumerable<CounterEntity> SharedCounters => Counters.Where(c => c.Shared);

    /// <summary>Every counter's schedule.</summary>
    public IReadOnlyList<RotationSchedule> Schedules { get; }

    /// <summary>Every recorded absence, by first day.</summary>
    public IReadOnlyList<AbsenceEntity> Absences { get; }

    /// <summary>The schedule of <paramref name="counter"/> (empty when none was set).</summary>
    public RotationSchedule ScheduleOf(int counter) =>
        Schedules.FirstOrDefault(s => s.Counter == counter) ?? new RotationSchedule(counter, []);

    /// <summary>A resolver over this state.</summary>
    public RotationResolver Resolver(WorkingCalendar calendar) => new(calendar, Schedules, Absences);

    /// <summary>Department name, or the code when unknown.</summary>
    public string DepartmentName(string? code) =>
        code is null ? string.Empty : Departments.TryGetValue(code, out var d) ? d.Name : code;

    /// <summary>Officer name, or the id when unknown.</summary>
    public string OfficerName(string? id) =>
        id is null ? string.Empty : Officers.TryGetValue(id, out var o) ? o.Name : id;

    /// <summary>
    /// A throw-away entity session over this state: runs a shared mutator to learn whether (and
    /// why, in Vietnamese) it would refuse a change; its writes are discarded.
    /// </summary>
    public IEntitySession ToSession() =>
        new BufferedEntitySession((type, id) => _entities.TryGetValue((type, id), out var data)
            ? new SessionEntity(type, id, ScopeOf(type, id), data)
            : null);

    private static string ScopeOf(string type, string id) =>
        type == RotationEntityTypes.Schedule && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? RotationSchedule.ScopeOf(n)
            : Shared.Sync.Scopes.SyncScope.Center;

    private List<T> All<T>(string type)
        where T : class =>
        [.. _entities.Where(e => e.Key.Type == type).OrderBy(e => e.Key.Id, StringComparer.Ordinal).Select(e => e.Value.Deserialize<T>(MutatorJson.Options)!)];
}
