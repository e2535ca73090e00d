using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Identifiers;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Storage;

/// <summary>Real replica files in a throwaway directory, with the real shared mutators.</summary>
internal sealed class TestReplicas : IDisposable
{
    public static readonly DateOnly Day = new(2026, 11, 26);

    public TestReplicas()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cn-nodesync-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public NodeReplicaOptions Options(string nodeId = "counter-01") =>
        NodeReplicaOptions.ForDirectory(nodeId, Path.Combine(Directory, nodeId));

    public NodeReplica Open(string nodeId = "counter-01", IMutationApplier? applier = null, TimeProvider? time = null)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, nodeId));
        var clock = time ?? Time;
        // A stable seed per node (string.GetHashCode is randomised per process).
        var seed = new Random(nodeId.Sum(c => c));
        return NodeReplica.Open(Options(nodeId), applier ?? SharedMutatorApplier.Default, clock, new Uuid7(clock, n =>
        {
            var bytes = new byte[n];
            seed.NextBytes(bytes);
            return bytes;
        }));
    }

    public string FilePath(string nodeId = "counter-01") => Path.Combine(Directory, nodeId, NodeReplicaOptions.FileName);

    public static JsonElement Issue(Guid ticketId, int number, string prefix = "A") =>
        MutatorJson.ToElement(new IssueTicketPayload(ticketId, prefix, number, Day));

    public static JsonElement Call(Guid ticketId, int counter) =>
        MutatorJson.ToElement(new TicketCounterPayload(ticketId, counter));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by SQLite on a slow close; the temp folder is cleaned by the OS.
        }
    }
}
