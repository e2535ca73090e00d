using CounterNode.Node.Sync;
using CsCheck;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.Node.Tests.Sync;

public sealed class UnlimitedRetryPolicyTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void It_never_gives_up_and_never_exceeds_the_cap()
    {
        var policy = new UnlimitedRetryPolicy(Base, Cap, new Random(1));
        Gen.Long[0, long.MaxValue].Sample(retries =>
        {
            var delay = policy.NextRetryDelay(new RetryContext { PreviousRetryCount = retries, ElapsedTime = TimeSpan.FromHours(5) });
            return delay is { } d && d > TimeSpan.Zero && d <= Cap;
        });
    }

    [Fact]
    public void Delays_grow_then_stay_between_half_the_cap_and_the_cap()
    {
        var policy = new UnlimitedRetryPolicy(Base, Cap, new Random(2));
        Assert.InRange(policy.Delay(0), Base / 2, Base);
        Assert.InRange(policy.Delay(3), Base * 4, Base * 8);
        for (var retries = 10; retries < 10_000; retries += 997)
            Assert.InRange(policy.Delay(retries), Cap / 2, Cap);
    }

    [Fact]
    public void Delays_are_jittered()
    {
        var policy = new UnlimitedRetryPolicy(Base, Cap, new Random(3));
        var delays = Enumerable.Range(0, 50).Select(_ => policy.Delay(20)).Distinct().Count();
        Assert.True(delays > 40, $"only {delays} distinct delays out of 50");
    }
}
