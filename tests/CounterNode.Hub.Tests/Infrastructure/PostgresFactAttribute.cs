namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped with a reason outside CI when CN_TEST_POSTGRES is missing; in CI it runs (and fails).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!DatabaseProviders.PostgresAvailable && !DatabaseProviders.RunningInCi)
            Skip = "CN_TEST_POSTGRES is not set: PostgreSQL cases of the Hub tests were left out (run via test.sh or scripts/test-services.sh).";
    }
}
