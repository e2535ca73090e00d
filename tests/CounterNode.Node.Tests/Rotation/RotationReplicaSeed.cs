using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Rotation;

/// <summary>Puts Hub-side state (catalogue, rotation) into a real replica the way a pull does.</summary>
internal sealed class RotationReplicaSeed(NodeReplica replica)
{
    private long _version;

    public static readonly DateOnly Monday = new(2026, 11, 30);

    /// <summary>08:00 … in Vietnam as an instant.</summary>
    public static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

    public Task CatalogueAsync() => PullAsync(
        Change(CatalogueEntityTypes.Department, "SXD", "center", new DepartmentEntity("SXD", "Sở Xây dựng")),
        Change(CatalogueEntityTypes.Department, "SGTVT", "center", new DepartmentEntity("SGTVT", "Sở Giao thông vận tải")),
        Change(CatalogueEntityTypes.Service, "C", "center", new ServiceEntity("C", "Xây dựng", ["SXD"])),
        Change(CatalogueEntityTypes.Service, "D", "center", new ServiceEntity("D", "Giao thông vận tải", ["SGTVT"])),
        Change(CatalogueEntityTypes.Counter, "3", "center", new CounterEntity(3, ["C", "D"], ["SXD", "SGTVT"], Shared: true)),
        Change(CatalogueEntityTypes.Officer, "xd1", "center", new OfficerEntity("xd1", "Nguyễn Văn Xây", "Chuyên viên", "SXD", "0260 1", "h")),
        Change(CatalogueEntityTypes.Officer, "gt1", "center", new OfficerEntity("gt1", "Trần Thị Giao", "Chuyên viên", "SGTVT", "0260 2", "h")));

    /// <summary>SXD Monday/Wednesday/Friday, SGTVT Tuesday/Thursday, whole days.</summary>
    public Task StandardWeekAsync() => ScheduleAsync(
        Entry("xd", "SXD", "xd1", DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday),
        Entry("gt", "SGTVT", "gt1", DayOfWeek.Tuesday, DayOfWeek.Thursday));

    public Task ScheduleAsync(params RotationEntry[] entries) =>
        PullAsync(Change(RotationEntityTypes.Schedule, "3", "counter:3", new RotationSchedule(3, entries)));

    public static RotationEntry Entry(string id, string department, string officer, params DayOfWeek[] days) =>
        new(id, 3, department, officer, days, [], HalfDayCoverage.Both, new DateOnly(2026, 11, 1));

    private EntityChange Change<T>(string type, string id, string scope, T data) =>
        new(++_version, type, id, scope, JsonSerializer.SerializeToElement(data, MutatorJson.Options));

    private async Task PullAsync(params EntityChange[] changes) =>
        await replica.ApplyPullAsync(new PullResponse(changes, _version, HasMore: false, LastApplied: 0, ResetRequired: false, HybridTimestamp.Zero), CancellationToken.None);
}
