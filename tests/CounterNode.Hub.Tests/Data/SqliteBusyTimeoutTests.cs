using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Tests.Data;

public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_hub_connection_waits_for_another_writer_inside_sqlite_instead_of_sleeping_150_ms()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        for (var i = 0; i < 3; i++) // pooled connections are opened again: each open sets it
        {
            await using var context = db.NewContext();
            var connection = context.Database.GetDbConnection();
            await context.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal((long)SqliteBusyTimeoutInterceptor.TimeoutMilliseconds, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_to_commit_and_then_succeeds()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var first = db.NewContext();
        await using var holding = await first.Database.BeginTransactionAsync();
        await first.LockWritersAsync(default);

        await using var second = db.NewContext();
        var waiting = Task.Run(async () =>
        {
            await using var transaction = await second.Database.BeginTransactionAsync();
            await second.LockWritersAsync(default);
            await transaction.CommitAsync();
        });
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted); // blocked behind the first writer, not failed
        await holding.CommitAsync();
        await waiting; // and then through, without an error
    }
}
