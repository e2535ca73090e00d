namespace CounterNode.Node.Devices.Voice;

/// <summary>
/// Speaks calls in the hall, one after another: calls are queued and never overlap.
/// </summary>
public interface IVoiceAnnouncer
{
    /// <summary>
    /// Queues <paramref name="call"/> and returns at once with a task that completes when it has
    /// been spoken (or written), or faults with the reason it could not be. Callers that do not
    /// need to wait may ignore the task; failures are logged either way.
    /// </summary>
    /// <exception cref="ArgumentException">The ticket number has characters that cannot be spoken.</exception>
    Task<VoiceAnnouncement> AnnounceAsync(VoiceCall call, CancellationToken cancellationToken);
}
