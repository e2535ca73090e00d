using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Node.Tests.Storage;

/// <summary>Each node checkpoints its WAL at its own threshold, so a hall's replicas do not all checkpoint on the same poke.</summary>
public sealed class WalCheckpointSpacingTests : IDisposable
{
    private const int WalHeaderBytes = 32;
    private const int WalFrameBytes = 24 + 4096;
    private readonly TestReplicas _replicas = new();

    [Fact]
    public void Every_node_id_gets_a_stable_threshold_inside_the_range() =>
        Gen.String.Sample(id =>
        {
            var pages = WalCheckpointSpacing.PagesFor(id);
            Assert.InRange(pages, WalCheckpointSpacing.MinPages, WalCheckpointSpacing.MinPages + WalCheckpointSpacing.SpreadPages - 1);
            Assert.Equal(pages, WalCheckpointSpacing.PagesFor(new string(id.AsSpan())));
        });

    [Fact]
    public void The_nodes_of_a_hall_get_thresholds_spread_over_the_range()
    {
        // Ids as a hall and the load harness name them: they differ only in their last digits.
        foreach (var ids in new[] { Enumerable.Range(0, 200).Select(i => $"load-{i:000}"), Enumerable.Range(1, 40).Select(i => $"counter-{i:00}") })
        {
            var pages = ids.Select(WalCheckpointSpacing.PagesFor).ToList();

            Assert.True(pages.Distinct().Count() >= pages.Count * 9 / 10, $"only {pages.Distinct().Count()} distinct of {pages.Count}");
            // Both halves of the range are used: the thresholds are not bunched together.
            var middle = WalCheckpointSpacing.MinPages + (WalCheckpointSpacing.SpreadPages / 2);
            Assert.InRange(pages.Count(p => p < middle), pages.Count / 4, pages.Count * 3 / 4);
        }
    }

    [Fact]
    public async Task The_replica_connection_uses_its_nodes_threshold()
    {
        await using var first = _replicas.Open("load-007");
        await using var second = _replicas.Open("load-008");

        Assert.Equal(WalCheckpointSpacing.PagesFor("load-007").ToString(System.Globalization.CultureInfo.InvariantCulture),
            await first.ReadPragmaAsync("wal_autocheckpoint", CancellationToken.None));
        Assert.Equal(WalCheckpointSpacing.PagesFor("load-008").ToString(System.Globalization.CultureInfo.InvariantCulture),
            await second.ReadPragmaAsync("wal_autocheckpoint", CancellationToken.None));
    }

    [Fact]
    public async Task The_wal_is_checkpointed_and_reused_once_it_reaches_the_threshold()
    {
        const string nodeId = "counter-03";
        var threshold = WalCheckpointSpacing.PagesFor(nodeId);
        await using var replica = _replicas.Open(nodeId);
        await replica.ApplySnapshotAsync([], 0, 0, CancellationToken.None);
        var wal = _replicas.FilePath(nodeId) + "-wal";

        // Store pokes until the WAL has been written well past the threshold twice over.
        long version = 0;
        var written = 0L;
        var largest = 0L;
        var restarts = 0;
        var salt = ReadSalt(wal);
        while (restarts < 2)
        {
            var id = Guid.NewGuid();
            var from = version;
            var poke = new SyncPoke(++version, from,
                [new EntityChange(version, TicketEntityTypes.Ticket, id.ToString("D"), "center", TestReplicas.Issue(id, (int)version))],
                HybridTimestamp.Create(1_000, 0).Value);
            Assert.Equal(PokeApplyOutcome.Applied, await replica.ApplyPokeAsync(poke, CancellationToken.None));
            largest = Math.Max(largest, new FileInfo(wal).Length);
            var now = ReadSalt(wal);
            if (now != salt)
            {
                restarts++;
                salt = now;
            }

            Assert.True(++written < 20 * threshold, "the WAL was never restarted");
        }

        // A restarted WAL (new salt) means a checkpoint copied every frame; the file never grew
        // far past the threshold (a commit may finish the frames it started).
        Assert.InRange((largest - WalHeaderBytes) / WalFrameBytes, threshold, threshold + 16);
        Assert.Equal("ok", await replica.CheckIntegrityAsync(CancellationToken.None));
        Assert.Equal(version, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
    }

    // The WAL header's salt changes each time SQLite restarts the log from its first frame.
    private static long ReadSalt(string wal)
    {
        using var file = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[WalHeaderBytes];
        file.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(header[16..24]);
    }

    public void Dispose() => _replicas.Dispose();
}
