namespace CounterNode.IntegrationTests.Sync;

/// <summary>A fact that needs Redis (CN_TEST_REDIS): skipped with a reason outside CI when missing; in CI it runs and fails.</summary>
public sealed class HubRedisFactAttribute : FactAttribute
{
    public HubRedisFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CN_TEST_REDIS")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = "CN_TEST_REDIS is not set: the two-Hub Redis backplane test was left out (run via test.sh or scripts/test-services.sh).";
    }
}
