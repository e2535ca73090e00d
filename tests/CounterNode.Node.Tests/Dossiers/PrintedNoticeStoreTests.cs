using CounterNode.Node.Dossiers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Dossiers;

public sealed class PrintedNoticeStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cn-notices-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_dir, "dossier-notices.db");

    [Fact]
    public async Task A_notice_is_claimed_once_and_remembered_after_reopening()
    {
        var store = PrintedNoticeStore.Open(DbPath, _time);
        Assert.True(await store.TryClaimAsync("supplement:H34-261126-0001", CancellationToken.None));
        Assert.False(await store.TryClaimAsync("supplement:H34-261126-0001", CancellationToken.None));
        await store.MarkDoneAsync("supplement:H34-261126-0001", 17, CancellationToken.None);

        SqliteConnection.ClearAllPools();
        var reopened = PrintedNoticeStore.Open(DbPath, _time);
        Assert.False(await reopened.TryClaimAsync("supplement:H34-261126-0001", CancellationToken.None));
        Assert.Equal(["supplement:H34-261126-0001"], await reopened.PrintedAsync(CancellationToken.None));
        Assert.True(await reopened.TryClaimAsync("delay:H34-261126-0001:1", CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_left_open_by_a_crash_is_released_at_start_and_a_failed_print_can_be_retried()
    {
        var store = PrintedNoticeStore.Open(DbPath, _time);
        Assert.True(await store.TryClaimAsync("delay:H34-261126-0002:1", CancellationToken.None));
        Assert.True(await store.TryClaimAsync("delay:H34-261126-0003:1", CancellationToken.None));
        await store.ReleaseAsync("delay:H34-261126-0003:1", CancellationToken.None);
        Assert.True(await store.TryClaimAsync("delay:H34-261126-0003:1", CancellationToken.None));

        SqliteConnection.ClearAllPools();
        var reopened = PrintedNoticeStore.Open(DbPath, _time);
        Assert.Empty(await reopened.PrintedAsync(CancellationToken.None));
        Assert.True(await reopened.TryClaimAsync("delay:H34-261126-0002:1", CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
