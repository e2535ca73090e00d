using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.Node.Sync;

/// <summary>
/// SignalR reconnect policy that never gives up (the default stops after 4 tries, which would
/// leave a counter deaf to pokes for the rest of the day after a short Hub outage). Delays
/// grow exponentially up to <see cref="MaxDelay"/> with "equal jitter" (half fixed, half
/// random) so a hall full of nodes does not reconnect in lock-step when the Hub comes back.
/// </summary>
public sealed class UnlimitedRetryPolicy : IRetryPolicy
{
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <param name="baseDelay">Delay scale of the first retries.</param>
    /// <param name="maxDelay">Cap of every delay.</param>
    /// <param name="random">Jitter source (seeded in tests).</param>
    public UnlimitedRetryPolicy(TimeSpan baseDelay, TimeSpan maxDelay, Random? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _random = random ?? Random.Shared;
    }

    /// <summary>Delay scale of the first retries.</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>Cap of every delay.</summary>
    public TimeSpan MaxDelay { get; }

    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        ArgumentNullException.ThrowIfNull(retryContext);
        return Delay(retryContext.PreviousRetryCount);
    }

    /// <summary>The delay before retry number <paramref name="previousRetries"/> + 1; never null, never above the cap.</summary>
    public TimeSpan Delay(long previousRetries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousRetries);
        var exponent = (int)Math.Min(previousRetries, 30);
        var ceiling = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << exponent));
        double fraction;
        lock (_gate)
            fraction = _random.NextDouble();
        return TimeSpan.FromTicks(ceiling / 2 + (long)(ceiling / 2 * fraction));
    }
}
