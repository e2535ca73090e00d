using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>The nodes seeded into every test database.</summary>
public static class TestNodes
{
    public const string Counter1 = "counter-01";
    public const string Counter2 = "counter-02";
    public const string Board = "board";
    public const string Dept = "dept-node";

    public static string KeyOf(string nodeId) => $"test-key-{nodeId}-0123456789";

    public static IReadOnlyList<NodeSeed> Seeds { get; } =
    [
        Seed(Counter1, "center", "counter:1"),
        Seed(Counter2, "center", "counter:2"),
        Seed(Board, "*"),
        Seed(Dept, "dept:STP"),
    ];

    public static NodeIdentity Identity(string nodeId) =>
        new(nodeId, Seeds.Single(s => s.Id == nodeId).Scopes.ToList());

    public static NodeSeed Seed(string id, params string[] scopes)
    {
        var seed = new NodeSeed { Id = id, Key = KeyOf(id) };
        foreach (var scope in scopes)
            seed.Scopes.Add(scope);
        return seed;
    }
}
