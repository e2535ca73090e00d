namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>Timing of one printer's queue.</summary>
/// <param name="ReplyTimeout">How long to wait for each status reply.</param>
/// <param name="ImmediateRetries">Quick retries (Polly) of a failed attempt before backing off.</param>
/// <param name="ImmediateRetryDelay">First quick retry delay (doubles).</param>
/// <param name="RetryDelay">Back-off after the quick retries failed (printer unreachable…).</param>
/// <param name="HeldPollInterval">How often a held printer (paper out, cover open) is asked again.</param>
/// <param name="IdleStatusInterval">How often an idle printer's status is read to publish changes.</param>
/// <param name="DrainTimeout">On shutdown, how long the job being written may take to finish.</param>
public sealed record PrintQueueSettings(
    TimeSpan ReplyTimeout,
    int ImmediateRetries,
    TimeSpan ImmediateRetryDelay,
    TimeSpan RetryDelay,
    TimeSpan HeldPollInterval,
    TimeSpan IdleStatusInterval,
    TimeSpan DrainTimeout)
{
    public static PrintQueueSettings Default { get; } = new(
        TimeSpan.FromSeconds(2), 2, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));
}
