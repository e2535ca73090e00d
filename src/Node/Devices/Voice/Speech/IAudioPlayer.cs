namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>Plays a WAV file to the hall's speakers; completes when playback has finished.</summary>
public interface IAudioPlayer
{
    /// <exception cref="AudioPlaybackException">Playback failed.</exception>
    Task PlayAsync(string wavPath, CancellationToken cancellationToken);
}
