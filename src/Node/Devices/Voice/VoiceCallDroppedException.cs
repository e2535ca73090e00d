namespace CounterNode.Node.Devices.Voice;

/// <summary>A queued call was dropped unspoken: the queue overflowed (newer calls matter more) or the announcer stopped.</summary>
public sealed class VoiceCallDroppedException : Exception
{
    public VoiceCallDroppedException()
    {
    }

    public VoiceCallDroppedException(string message)
        : base(message)
    {
    }

    public VoiceCallDroppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
