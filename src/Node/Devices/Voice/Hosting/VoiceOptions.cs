using System.ComponentModel.DataAnnotations;
using CounterNode.Node.Devices.Voice.Phrases;

namespace CounterNode.Node.Devices.Voice.Hosting;

/// <summary>The "Voice" configuration section (hall role).</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Voice";

    public bool Enabled { get; set; }

    public VoiceOutputKind Output { get; set; } = VoiceOutputKind.Folder;

    /// <summary>Folder for WAV files; relative paths are under Node:DataDirectory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OutputDirectory { get; set; } = "voice";

    /// <summary>Player for <see cref="VoiceOutputKind.Play"/>; <c>{file}</c> is the WAV path.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PlayCommand { get; set; } = "aplay -q {file}";

    /// <summary>The espeak-ng program.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Espeak { get; set; } = "espeak-ng";

    /// <summary>espeak-ng voice: vi (northern), vi-vn-x-central, vi-vn-x-south.</summary>
    [Required(AllowEmptyStrings = false)]
    public string EspeakVoice { get; set; } = "vi";

    [Range(80, 450)]
    public int WordsPerMinute { get; set; } = 140;

    /// <summary>The wording; must contain {number} and {counter}.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Phrase { get; set; } = VoicePhraseBuilder.DefaultTemplate;

    [Range(1, 1000)]
    public int QueueCapacity { get; set; } = 20;
}
