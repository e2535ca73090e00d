using CounterNode.Node.Catalogue;
using CounterNode.Node.Storage;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Tests.Catalogue;

/// <summary>
/// A real replica whose node id is <c>hub</c>, so the real <c>catalogue.put</c> mutator accepts
/// its local changes: the catalogue entities then appear in the replica (with change
/// notifications) exactly as they do on a counter after a pull.
/// </summary>
internal sealed class CatalogueReplica : IAsyncDisposable
{
    public static readonly string PinHash = CredentialHash.Hash("1234", iterations: 10);

    private readonly TestReplicas _replicas = new();

    public CatalogueReplica()
    {
        Replica = _replicas.Open(CatalogueMutationTypes.HubNodeId);
        Catalogue = new NodeCatalogue(Replica, new RecordingLogger<NodeCatalogue>());
    }

    public NodeReplica Replica { get; }

    public NodeCatalogue Catalogue { get; }

    public TestReplicas Files => _replicas;

    public Task PutAsync(string entityType, string id, object data) =>
        Replica.MutateAsync(CatalogueMutationTypes.Put, MutatorJson.ToElement(new { entityType, id, data = MutatorJson.ToElement(data) }), "admin", default);

    public Task RemoveAsync(string entityType, string id) =>
        Replica.MutateAsync(CatalogueMutationTypes.Remove, MutatorJson.ToElement(new CatalogueRemovePayload(entityType, id)), "admin", default);

    public async Task SeedBasicsAsync()
    {
        await PutAsync(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, new CenterEntity(
            "Trung tâm Phục vụ hành chính công tỉnh Kon Tum", "000.00.00.H34",
            [new WorkingPeriod("07:00", "08:00")], "07:30", []));
        await PutAsync(CatalogueEntityTypes.Department, "STP", new DepartmentEntity("STP", "Sở Tư pháp"));
        await PutAsync(CatalogueEntityTypes.Department, "SXD", new DepartmentEntity("SXD", "Sở Xây dựng"));
        await PutAsync(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", "Tư pháp - Hộ tịch", ["STP"]));
        await PutAsync(CatalogueEntityTypes.Service, "C", new ServiceEntity("C", "Xây dựng", ["SXD"], ServicePriority.Interleaved, 2));
        await PutAsync(CatalogueEntityTypes.Counter, "3", new CounterEntity(3, ["A", "C"], ["SXD"], Shared: true));
        await PutAsync(CatalogueEntityTypes.Counter, "5", new CounterEntity(5, ["C"], []));
        await PutAsync(CatalogueEntityTypes.Officer, "cb-stp-01", new OfficerEntity(
            "cb-stp-01", "Nguyễn Thị Lan", "Chuyên viên", "STP", "", PinHash, CredentialHash.Hash("SECRETBADGE23456", iterations: 10)));
        await PutAsync(CatalogueEntityTypes.Officer, "cb-old", new OfficerEntity(
            "cb-old", "Trần Văn Cũ", "Chuyên viên", "STP", "", PinHash, Active: false));
    }

    /// <summary>Waits until the watch loop has applied what the test wrote (it runs on its own task).</summary>
    public async Task<SyncedCatalogue> WaitForAsync(Func<SyncedCatalogue, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition(Catalogue.Current))
            await Task.Delay(10, timeout.Token);
        return Catalogue.Current;
    }

    public async ValueTask DisposeAsync()
    {
        await Catalogue.DisposeAsync();
        await Replica.DisposeAsync();
        _replicas.Dispose();
    }
}
