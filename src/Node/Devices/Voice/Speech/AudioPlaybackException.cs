namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>The audio player failed (missing program, non-zero exit).</summary>
public sealed class AudioPlaybackException : Exception
{
    public AudioPlaybackException()
    {
    }

    public AudioPlaybackException(string message)
        : base(message)
    {
    }

    public AudioPlaybackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
