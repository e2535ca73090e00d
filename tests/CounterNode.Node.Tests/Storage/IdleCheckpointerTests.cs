using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Storage;

/// <summary>The WAL is checkpointed once the replica has been quiet for its idle delay, not inside a commit.</summary>
public sealed class IdleCheckpointerTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private readonly TestReplicas _replicas = new();
    private int _runs;

    [Fact]
    public async Task It_runs_once_after_a_quiet_delay_following_commits()
    {
        using var checkpointer = Counting();

        checkpointer.NoteCommit();
        checkpointer.NoteCommit();
        _time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, _runs);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await checkpointer.LastCheckpoint;
        Assert.Equal(1, _runs);

        // Quiet time without commits: nothing more to checkpoint.
        _time.Advance(Delay * 10);
        Assert.Equal(1, _runs);
    }

    [Fact]
    public void Commits_closer_than_the_delay_keep_postponing_it()
    {
        using var checkpointer = Counting();

        for (var i = 0; i < 20; i++)
        {
            checkpointer.NoteCommit();
            _time.Advance(Delay / 2);
        }

        Assert.Equal(0, _runs);
        _time.Advance(Delay / 2);
        Assert.Equal(1, _runs);
    }

    [Fact]
    public void Nothing_runs_after_dispose()
    {
        var checkpointer = Counting();
        checkpointer.NoteCommit();

        checkpointer.Dispose();
        _time.Advance(Delay * 2);

        Assert.Equal(0, _runs);
    }

    [Fact]
    public void A_commit_noted_after_dispose_is_ignored()
    {
        var checkpointer = Counting();
        checkpointer.Dispose();

        checkpointer.NoteCommit();
        _time.Advance(Delay * 2);

        Assert.Equal(0, _runs);
    }

    [Fact]
    public async Task A_checkpoint_still_running_is_followed_not_overlapped()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var most = 0;
        using var checkpointer = new IdleCheckpointer(_time, Delay, async () =>
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            Interlocked.Increment(ref _runs);
            await release.Task;
            Interlocked.Decrement(ref running);
        });

        checkpointer.NoteCommit();
        _time.Advance(Delay);
        checkpointer.NoteCommit();
        _time.Advance(Delay);
        Assert.Equal(1, Volatile.Read(ref _runs));
        release.SetResult();
        await checkpointer.LastCheckpoint;

        Assert.Equal(2, _runs);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_replica_that_goes_quiet_checkpoints_its_wal_and_restarts_it()
    {
        const string nodeId = "counter-05";
        await using var replica = _replicas.Open(nodeId, time: _time);
        await replica.ApplySnapshotAsync([], 0, 0, CancellationToken.None);
        var wal = _replicas.FilePath(nodeId) + "-wal";
        var idle = WalCheckpointSpacing.IdleDelayFor(nodeId);
        for (var v = 1; v <= 5; v++)
            await ApplyAsync(replica, v);
        var salt = ReadSalt(wal);

        // Busy: a commit just before the delay ends postpones the checkpoint.
        _time.Advance(idle - TimeSpan.FromMilliseconds(1));
        await ApplyAsync(replica, 6);
        _time.Advance(idle - TimeSpan.FromMilliseconds(1));
        await ApplyAsync(replica, 7);
        Assert.Equal(salt, ReadSalt(wal));

        // Quiet: the checkpoint copies every frame, so the next commit starts the WAL over (new salt).
        _time.Advance(idle);
        await replica.LastIdleCheckpoint;
        await ApplyAsync(replica, 8);

        Assert.NotEqual(salt, ReadSalt(wal));
        Assert.Equal("ok", await replica.CheckIntegrityAsync(CancellationToken.None));
        Assert.Equal(8, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
        Assert.NotNull(await replica.GetAsync(TicketEntityTypes.Ticket, Id(8), CancellationToken.None));
    }

    [Fact]
    public async Task A_disposed_replica_does_not_checkpoint()
    {
        var replica = _replicas.Open("counter-06", time: _time);
        await replica.ApplySnapshotAsync([], 0, 0, CancellationToken.None);
        await ApplyAsync(replica, 1);
        await replica.DisposeAsync();

        _time.Advance(WalCheckpointSpacing.IdleDelayFor("counter-06") * 2);

        await replica.LastIdleCheckpoint;
        await using var again = _replicas.Open("counter-06", time: _time);
        Assert.Equal(1, (await again.GetSyncStateAsync(CancellationToken.None)).Cursor);
    }

    private IdleCheckpointer Counting() => new(_time, Delay, () =>
    {
        Interlocked.Increment(ref _runs);
        return Task.CompletedTask;
    });

    private static async Task ApplyAsync(NodeReplica replica, long version)
    {
        var id = Id(version);
        var poke = new SyncPoke(version, version - 1,
            [new EntityChange(version, TicketEntityTypes.Ticket, id, "center", TestReplicas.Issue(Guid.Parse(id), (int)version))],
            HybridTimestamp.Create(1_000, 0).Value);
        Assert.Equal(PokeApplyOutcome.Applied, await replica.ApplyPokeAsync(poke, CancellationToken.None));
    }

    private static string Id(long version) => new Guid((int)version, 0, 0, new byte[8]).ToString("D");

    // The WAL header's salt changes each time SQLite restarts the log from its first frame.
    private static long ReadSalt(string wal)
    {
        using var file = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[32];
        file.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(header[16..24]);
    }

    public void Dispose() => _replicas.Dispose();
}
