using CounterNode.Hub.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Data;

/// <summary>Provider selection for <see cref="HubDbContext"/> (Hub:Database + Hub:ConnectionString).</summary>
public static class HubDatabase
{
    /// <summary>Points <paramref name="builder"/> at the configured provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(PrepareSqlite(connectionString)).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString),
            // Built and wired; no SQL Server runs on these machines, so it is untested here.
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>Options for a context on the given provider (tools, tests, the simulation).</summary>
    public static DbContextOptions<HubDbContext> CreateOptions(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<HubDbContext>)Configure(new DbContextOptionsBuilder<HubDbContext>(), provider, connectionString).Options;

    // The embedded default must start from an empty data/ folder: create the file's directory.
    private static string PrepareSqlite(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        var isMemory = csb.Mode == SqliteOpenMode.Memory || csb.DataSource == ":memory:" ||
                       csb.DataSource.Contains("mode=memory", StringComparison.OrdinalIgnoreCase);
        if (!isMemory && !string.IsNullOrEmpty(csb.DataSource))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
        }

        return csb.ToString();
    }
}
