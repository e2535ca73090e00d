namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>Turns text into a WAV file, offline.</summary>
public interface ISpeechSynthesizer
{
    /// <summary>Writes <paramref name="text"/> spoken as a WAV file at <paramref name="wavPath"/>.</summary>
    /// <exception cref="SpeechSynthesisException">No audio could be produced.</exception>
    Task SynthesizeAsync(string text, string wavPath, CancellationToken cancellationToken);
}
