using System.Text.Json;
using CounterNode.Hub.Rotation;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Tests.Rotation;

/// <summary>Rotation states shaped like the sample center, built in memory for the pure projections.</summary>
internal sealed class RotationStates
{
    public static readonly DateOnly Monday = new(2026, 11, 30);

    private readonly Dictionary<(string, string), JsonElement> _entities = [];

    public RotationStates()
    {
        Put(CatalogueEntityTypes.Department, "STP", new DepartmentEntity("STP", "Sở Tư pháp"));
        Put(CatalogueEntityTypes.Department, "SXD", new DepartmentEntity("SXD", "Sở Xây dựng"));
        Put(CatalogueEntityTypes.Department, "SGTVT", new DepartmentEntity("SGTVT", "Sở Giao thông vận tải"));
        Put(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", "Tư pháp - Hộ tịch", ["STP"]));
        Put(CatalogueEntityTypes.Service, "C", new ServiceEntity("C", "Xây dựng", ["SXD"]));
        Put(CatalogueEntityTypes.Service, "D", new ServiceEntity("D", "Giao thông vận tải", ["SGTVT"]));
        Put(CatalogueEntityTypes.Counter, "1", new CounterEntity(1, ["A"], ["STP"]));
        Put(CatalogueEntityTypes.Counter, "3", new CounterEntity(3, ["C", "D"], ["SXD", "SGTVT"], Shared: true));
        Officer("tp1", "Lê Văn Pháp", "STP");
        Officer("xd1", "Nguyễn Văn Xây", "SXD");
        Officer("xd2", "Phạm Thị Dựng", "SXD");
        Officer("gt1", "Trần Thị Giao", "SGTVT");
    }

    public static DateTimeOffset Local(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7));

    public RotationStates StandardWeek()
    {
        Put(RotationEntityTypes.Schedule, "3", new RotationSchedule(3,
        [
            new RotationEntry("gt", 3, "SGTVT", "gt1", [DayOfWeek.Tuesday, DayOfWeek.Thursday], [], HalfDayCoverage.Both, new DateOnly(2026, 11, 1)),
            new RotationEntry("xd", 3, "SXD", "xd1", [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], [], HalfDayCoverage.Both, new DateOnly(2026, 11, 1)),
        ]));
        return this;
    }

    public RotationStates Absent(string id, string officer, string department, DateOnly day, string? reserve = null, bool late = false)
    {
        Put(RotationEntityTypes.Absence, id, new AbsenceEntity(id, officer, department, day, HalfDay.Morning, day, HalfDay.Afternoon,
            "Ốm đột xuất", Local(day.AddDays(-1), 9), Emergency: false, Late: late, reserve, null));
        return this;
    }

    public RotationStates WithOfficer(string id, string name, string department)
    {
        Officer(id, name, department);
        return this;
    }

    public RotationState Build() => new(_entities);

    private void Officer(string id, string name, string department) =>
        Put(CatalogueEntityTypes.Officer, id, new OfficerEntity(id, name, "Chuyên viên", department, "0260 38" + id.Length, "hash"));

    private void Put<T>(string type, string id, T value) => _entities[(type, id)] = JsonSerializer.SerializeToElement(value, MutatorJson.Options);
}
