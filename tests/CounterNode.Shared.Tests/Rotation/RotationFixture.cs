using System.Globalization;
using System.Text.Json;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;
using CounterNode.Shared.Tests.Queue;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Rotation;

/// <summary>A catalogue shaped like the sample center (counter 3 shared by SXD and SGTVT) in an in-memory session.</summary>
internal sealed class RotationFixture
{
    public static readonly DateTimeOffset FridayNoonUtc = new(2026, 11, 27, 5, 0, 0, TimeSpan.Zero); // 12:00 in Vietnam

    public DictionaryEntitySession Entities { get; } = new();

    public RotationFixture()
    {
        PutCatalogue(CatalogueEntityTypes.Counter, "1", new CounterEntity(1, ["A"], ["STP"]));
        PutCatalogue(CatalogueEntityTypes.Counter, "3", new CounterEntity(3, ["C", "D"], ["SXD", "SGTVT"], Shared: true));
        PutCatalogue(CatalogueEntityTypes.Counter, "4", new CounterEntity(4, ["E"], ["STNMT", "SLDTBXH"], Shared: true));
        Officer("xd1", "SXD");
        Officer("xd2", "SXD");
        Officer("xd3", "SXD");
        Officer("gt1", "SGTVT");
        Officer("gt2", "SGTVT");
        Officer("tp1", "STP");
        PutCatalogue(CatalogueEntityTypes.Officer, "old", new OfficerEntity("old", "Cũ", "Chuyên viên", "SXD", "", "x", Active: false));
    }

    public void Officer(string id, string department) =>
        PutCatalogue(CatalogueEntityTypes.Officer, id, new OfficerEntity(id, "Cán bộ " + id, "Chuyên viên", department, "0260 000", "hash"));

    public void Apply(string type, object payload, DateTimeOffset? at = null, string node = "hub") =>
        MutatorRegistry.Default.Apply(type, Context(node, at ?? FridayNoonUtc), MutatorJson.ToElement(payload), Entities);

    public static MutationContext Context(string node, DateTimeOffset at) =>
        new(node, 1, Guid.NewGuid(), HybridTimestamp.Create(at.ToUnixTimeMilliseconds(), 0), null, IsAuthoritative: true);

    public RotationSchedule Schedule(int counter) =>
        Entities.Get(RotationEntityTypes.Schedule, counter.ToString(CultureInfo.InvariantCulture)) is { } e
            ? MutatorJson.ReadState<RotationSchedule>(e)
            : new RotationSchedule(counter, []);

    public AbsenceEntity Absence(string id) => MutatorJson.ReadState<AbsenceEntity>(Entities.Get(RotationEntityTypes.Absence, id)!);

    public RotationResolver Resolver()
    {
        var absences = new List<AbsenceEntity>();
        foreach (var officer in new[] { "xd1", "xd2", "xd3", "gt1", "gt2", "tp1" })
        {
            if (Entities.Get(RotationEntityTypes.OfficerAbsences, officer) is { } index)
                absences.AddRange(MutatorJson.ReadState<OfficerAbsenceIndex>(index).AbsenceIds.Select(Absence));
        }

        return new RotationResolver(CounterNode.Shared.Calendar.WorkingCalendar.Default, [Schedule(3), Schedule(4)], absences);
    }

    public static RotationEntry Entry(string id, string department, string officer, DayOfWeek[] days, HalfDayCoverage halves = HalfDayCoverage.Both, int counter = 3) =>
        new(id, counter, department, officer, days, [], halves, new DateOnly(2026, 11, 1));

    /// <summary>SXD on Monday, Wednesday, Friday; SGTVT on Tuesday and Thursday (both half-days).</summary>
    public void StandardWeek()
    {
        Apply(RotationMutationTypes.Put, Entry("xd-mwf", "SXD", "xd1", [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]));
        Apply(RotationMutationTypes.Put, Entry("gt-tt", "SGTVT", "gt1", [DayOfWeek.Tuesday, DayOfWeek.Thursday]));
    }

    private void PutCatalogue<T>(string type, string id, T value) =>
        Entities.Put(type, id, SyncScope.Center, JsonSerializer.SerializeToElement(value, MutatorJson.Options));
}
