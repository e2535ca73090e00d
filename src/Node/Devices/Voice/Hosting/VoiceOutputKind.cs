namespace CounterNode.Node.Devices.Voice.Hosting;

/// <summary>Where spoken calls go.</summary>
public enum VoiceOutputKind
{
    /// <summary>WAV files in <c>Voice:OutputDirectory</c> (simulation, tests, or a separate player).</summary>
    Folder,

    /// <summary>Played through <c>Voice:PlayCommand</c>; files are deleted afterwards.</summary>
    Play,
}
