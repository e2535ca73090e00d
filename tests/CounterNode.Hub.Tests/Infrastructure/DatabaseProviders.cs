using CounterNode.Hub.Configuration;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>
/// Providers every engine test runs on: SQLite always; PostgreSQL when <c>CN_TEST_POSTGRES</c>
/// is set, and always in CI (where a missing server makes those cases fail, not vanish).
/// <see cref="PostgresConfiguredTests"/> reports a skip when PostgreSQL is left out locally.
/// </summary>
public sealed class DatabaseProviders : TheoryData<DatabaseProvider>
{
    public DatabaseProviders()
    {
        Add(DatabaseProvider.Sqlite);
        if (PostgresAvailable || RunningInCi)
            Add(DatabaseProvider.PostgreSql);
    }

    public static bool PostgresAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CN_TEST_POSTGRES"));

    public static bool RunningInCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
