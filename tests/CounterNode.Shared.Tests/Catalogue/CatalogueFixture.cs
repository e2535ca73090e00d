using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Tests.Queue;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Catalogue;

/// <summary>Runs catalogue mutations through the real registry against an in-memory store.</summary>
internal sealed class CatalogueFixture
{
    // A cheap hash keeps the tests fast; the format is the same as the default one.
    public static readonly string PinHash = CredentialHash.Hash("1234", iterations: 10);

    private long _clock = 1_795_000_000_000;

    public DictionaryEntitySession Session { get; } = new();

    public void Put(string entityType, string id, object data, string node = CatalogueMutationTypes.HubNodeId) =>
        Apply(node, CatalogueMutationTypes.Put, new { entityType, id, data });

    public void Remove(string entityType, string id, string node = CatalogueMutationTypes.HubNodeId) =>
        Apply(node, CatalogueMutationTypes.Remove, new CatalogueRemovePayload(entityType, id));

    public void Apply(string node, string type, object payload) =>
        MutatorRegistry.Default.Apply(
            new Mutation(node, 1, Guid.CreateVersion7(), type, MutatorJson.ToElement(payload), HybridTimestamp.Create(++_clock, 0), null, string.Empty, string.Empty),
            Session,
            isAuthoritative: true);

    public T? Read<T>(string entityType, string id)
        where T : class =>
        Session.Get(entityType, id) is { } e ? MutatorJson.ReadState<T>(e) : null;

    /// <summary>A small valid catalogue: two departments, one service, a counter, an officer.</summary>
    public CatalogueFixture WithBasics()
    {
        Put(CatalogueEntityTypes.Department, "STP", new DepartmentEntity("STP", "Sở Tư pháp"));
        Put(CatalogueEntityTypes.Department, "SXD", new DepartmentEntity("SXD", "Sở Xây dựng"));
        Put(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", "Tư pháp - Hộ tịch", ["STP"]));
        return this;
    }
}
