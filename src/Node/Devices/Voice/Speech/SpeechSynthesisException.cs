namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>The speech synthesizer could not produce audio (missing program, non-zero exit, empty file).</summary>
public sealed class SpeechSynthesisException : Exception
{
    public SpeechSynthesisException()
    {
    }

    public SpeechSynthesisException(string message)
        : base(message)
    {
    }

    public SpeechSynthesisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
