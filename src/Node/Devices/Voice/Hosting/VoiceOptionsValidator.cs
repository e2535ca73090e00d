using CounterNode.Node.Devices.Voice.Phrases;
using CounterNode.Node.Devices.Voice.Speech;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Voice.Hosting;

/// <summary>Checks the voice section at start: wording placeholders, espeak-ng and the player installed.</summary>
public sealed class VoiceOptionsValidator : IValidateOptions<VoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        try
        {
            _ = new VoicePhraseBuilder(options.Phrase);
        }
        catch (ArgumentException ex)
        {
            failures.Add($"Voice:Phrase: {ex.Message}");
        }

        if (ExecutableSearch.Find(options.Espeak) is null)
        {
            failures.Add($"Voice:Espeak: '{options.Espeak}' not found on PATH (apt-get install espeak-ng).");
        }
        else if (!EspeakVoices.Installed(options.Espeak).Contains(options.EspeakVoice))
        {
            failures.Add($"Voice:EspeakVoice: espeak-ng has no voice '{options.EspeakVoice}' (it would fall back to English); try vi, vi-vn-x-central or vi-vn-x-south.");
        }

        if (options.Output == VoiceOutputKind.Play)
        {
            var player = options.PlayCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (player.Length == 0 || !player.Contains("{file}"))
            {
                failures.Add("Voice:PlayCommand must name a program and contain {file}.");
            }
            else if (ExecutableSearch.Find(player[0]) is null)
            {
                failures.Add($"Voice:PlayCommand: '{player[0]}' not found on PATH (apt-get install alsa-utils or pulseaudio-utils).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
