using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class PullCompactionRaceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_compaction_between_the_state_read_and_the_change_query_makes_the_pull_reset_instead_of_skipping(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var writer = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var counter1 = TestNodes.Identity(TestNodes.Counter1);
        var push = await writer.PushAsync(counter1, outbox.Push([.. Enumerable.Range(1, 4).Select(i => outbox.Issue(Guid.NewGuid(), i))]), default);

        var racing = new BeforeChangeLogReadInterceptor(() => writer.CompactAsync(push.HubVersion - 1, default));
        var options = new DbContextOptionsBuilder<HubDbContext>(db.Options).AddInterceptors(racing).Options;
        var reader = new HubSyncEngine(new HubDbContextFactory(options), MutatorRegistry.Default, NullSyncPokeSender.Instance, _time, Options.Create(new HubSyncOptions()));

        var page = await reader.PullAsync(counter1, new PullRequest(SyncProtocol.Version, TestNodes.Counter1, 2, 100), default);

        Assert.True(page.ResetRequired, $"the page skipped versions 3..{push.HubVersion - 2}: it starts at {page.Changes.FirstOrDefault()?.Version}");
        Assert.Empty(page.Changes);
    }
}
