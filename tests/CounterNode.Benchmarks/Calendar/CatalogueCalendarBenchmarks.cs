using BenchmarkDotNet.Attributes;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Benchmarks.Calendar;

/// <summary>
/// What the administrator-editable calendar costs. <see cref="Build"/>: rebuilding the calendar
/// from the catalogue (center + three years of overrides, validated year by year) and resolving
/// the current year, as a node does after a catalogue change and the Hub after a calendar edit.
/// <see cref="FromEntitiesCached"/>: the <c>absence.record</c> mutator's look-up of the calendar
/// in its state when nothing changed (four entity reads, content-keyed cache hit).
/// </summary>
[MemoryDiagnoser]
public class CatalogueCalendarBenchmarks
{
    private readonly Dictionary<(string Type, string Id), SessionEntity> _stored = [];
    private IEntitySession _entities = null!;
    private CenterEntity _center = null!;
    private List<CalendarYearEntity> _years = null!;

    [GlobalSetup]
    public void Setup()
    {
        _center = new CenterEntity("Trung tâm", "000.00.00.H34", [new WorkingPeriod("07:00", "11:00"), new WorkingPeriod("13:00", "17:00")], "16:00", []);
        _years =
        [
            new CalendarYearEntity(2025, [new AdministrativeDayOff(new DateOnly(2025, 5, 2), "Nghỉ hoán đổi")], [new MakeUpWorkingDay(new DateOnly(2025, 4, 26))], [], null),
            new CalendarYearEntity(2026, [new AdministrativeDayOff(new DateOnly(2026, 1, 2), "Nghỉ hoán đổi"), new AdministrativeDayOff(new DateOnly(2026, 12, 4), "Nghỉ")], [new MakeUpWorkingDay(new DateOnly(2026, 1, 10))], [], new DateOnly(2026, 9, 1)),
            new CalendarYearEntity(2027, [], [], [.. Enumerable.Range(0, 9).Select(i => new DateOnly(2027, 2, 5).AddDays(i))], null),
        ];
        Store(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, _center);
        foreach (var year in _years)
            Store(CatalogueEntityTypes.CalendarYear, CalendarYearRules.IdOf(year.Year), year);
        _entities = new BufferedEntitySession((type, id) => _stored.GetValueOrDefault((type, id)));
    }

    private void Store<T>(string type, string id, T value) =>
        _stored[(type, id)] = new SessionEntity(type, id, SyncScope.Center, MutatorJson.ToElement(value));

    [Benchmark]
    public bool Build() => CatalogueCalendar.Build(_center, _years).Calendar.IsWorkingDay(new DateOnly(2026, 12, 4));

    [Benchmark]
    public bool FromEntitiesCached() => CatalogueCalendar.FromEntities(_entities, new DateOnly(2026, 11, 30)).IsWorkingDay(new DateOnly(2026, 12, 4));
}
