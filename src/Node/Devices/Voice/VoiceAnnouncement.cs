namespace CounterNode.Node.Devices.Voice;

/// <summary>A call that has been spoken.</summary>
/// <param name="Call">The call.</param>
/// <param name="Phrase">The text given to the speech synthesizer.</param>
/// <param name="WavPath">The WAV file written, or null when it was played and deleted.</param>
/// <param name="Sequence">Order in which calls were spoken (1-based).</param>
public sealed record VoiceAnnouncement(VoiceCall Call, string Phrase, string? WavPath, long Sequence);
