using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CounterNode.Hub.Tests.Data;

/// <summary>
/// SQL Server cannot run here: its provider is built, and the schema EF would create on it and
/// the raw statements the engine runs are checked with Microsoft's T-SQL parser instead.
/// </summary>
public sealed class SqlServerSchemaTests
{
    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }

    [Fact]
    public void The_sql_server_create_script_parses_as_t_sql()
    {
        using var db = new HubDbContext(HubDatabase.CreateOptions(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=true"));
        var script = db.Database.GenerateCreateScript();

        Assert.Empty(Parse(script));
        foreach (var table in new[] { "nodes", "applied_mutations", "entities", "change_log", "sync_state", "number_series", "reserve_leases", "conflicts", "schema_info" })
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writers_lock_statement_parses_as_t_sql()
    {
        Assert.Empty(Parse(HubDbContext.LockWritersSql));
        Assert.NotEmpty(Parse("UPDATE sync_state SET version = WHERE id = 1"));
    }

    [Fact]
    public void Every_schema_upgrade_statement_parses_as_t_sql()
    {
        Assert.NotEmpty(HubSchemaUpgrades.UpgradableVersions);
        foreach (var statement in HubSchemaUpgrades.UpgradableVersions.SelectMany(v => HubSchemaUpgrades.Step(v, sqlServer: true)!))
            Assert.Empty(Parse(statement));
    }

    [Fact]
    public void Every_push_statement_parses_as_t_sql()
    {
        foreach (var sql in HubSql.All)
            Assert.Empty(Parse(sql));
        Assert.Empty(Parse(HubSql.SelectEntitiesOfType(1)));
        Assert.Empty(Parse(HubSql.SelectEntitiesOfType(500)));
        // The multi-statement form servers receive: statements joined by semicolons, parameters renamed.
        Assert.Empty(Parse(string.Join(";\n", HubSql.All.Select((s, i) => s.Replace("@p", $"@s{i}p", StringComparison.Ordinal))) + ";\n"));
        // The merged multi-row insert form (VALUES (...), (...)).
        var row = HubSql.InsertChange[(HubSql.InsertChange.IndexOf("VALUES ", StringComparison.Ordinal) + 7)..];
        Assert.Empty(Parse(HubSql.InsertChange + ", " + row.Replace("@p", "@r1p", StringComparison.Ordinal)));
        Assert.NotEmpty(Parse(HubSql.InsertChange.Replace("VALUES (", "VALUES ((", StringComparison.Ordinal)));
    }
}
