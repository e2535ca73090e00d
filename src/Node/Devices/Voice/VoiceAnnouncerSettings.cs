namespace CounterNode.Node.Devices.Voice;

/// <summary>How the announcer works.</summary>
/// <param name="OutputDirectory">Where WAV files are written (kept in folder mode, deleted after playing otherwise).</param>
/// <param name="KeepFiles">Keep the WAV files (folder output, the default in simulation).</param>
/// <param name="QueueCapacity">Calls waiting at most; when full the oldest waiting call is dropped.</param>
public sealed record VoiceAnnouncerSettings(string OutputDirectory, bool KeepFiles, int QueueCapacity);
