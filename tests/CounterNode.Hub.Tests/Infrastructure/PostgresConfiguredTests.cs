using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>Makes a missing PostgreSQL visible: a skip locally, a failure in CI.</summary>
public sealed class PostgresConfiguredTests
{
    [PostgresFact]
    public async Task PostgreSql_test_server_accepts_a_hub_schema()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var context = db.NewContext();
        var schema = await context.SchemaInfo.SingleAsync();
        Assert.Equal(SchemaInfoRecord.CurrentVersion, schema.Version);
    }
}
