using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>
/// Versions must be visible in commit order: a reader that pulls while many writers commit
/// must end up having seen every version exactly once, never skipping one that committed late.
/// </summary>
public sealed class CommitOrderTests
{
    private const int Writers = 6;
    private const int PushesPerWriter = 25;

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_reader_pulling_during_concurrent_pushes_never_skips_a_version(DatabaseProvider provider)
    {
        var nodes = Enumerable.Range(1, Writers).Select(i => TestNodes.Seed($"writer-{i}", "center")).Append(TestNodes.Seed(TestNodes.Board, "*")).ToList();
        await using var db = await TestDatabase.CreateAsync(provider, nodes);
        var time = TimeProvider.System;
        var engine = db.CreateEngine(time);
        var board = new NodeIdentity(TestNodes.Board, ["*"]);

        using var done = new CancellationTokenSource();
        var seen = new List<long>();
        var reader = Task.Run(async () =>
        {
            long cursor = 0;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var page = await engine.PullAsync(board, new PullRequest(SyncProtocol.Version, TestNodes.Board, cursor, 7), default);
                Assert.True(page.Cursor >= cursor, "the cursor went back");
                seen.AddRange(page.Changes.Select(c => c.Version));
                cursor = page.Cursor;
                if (finished && !page.HasMore)
                    return cursor;
            }
        });

        var writers = Enumerable.Range(1, Writers).Select(i => Task.Run(async () =>
        {
            var outbox = new OutboxBuilder($"writer-{i}", time);
            var identity = new NodeIdentity(outbox.NodeId, ["center"]);
            for (var p = 0; p < PushesPerWriter; p++)
                await engine.PushAsync(identity, outbox.Push(outbox.Issue(Guid.NewGuid(), (i * 1000) + p)), default);
        })).ToList();
        await Task.WhenAll(writers);
        await done.CancelAsync();
        var head = await reader;

        Assert.Equal(Enumerable.Range(1, (int)head).Select(v => (long)v), seen);
        Assert.Equal(Writers * PushesPerWriter * 2, head); // each issue writes the ticket and its number index
    }
}
