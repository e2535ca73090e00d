using System.ComponentModel;
using System.Globalization;

namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>
/// espeak-ng (Debian package <c>espeak-ng</c>), fully offline:
/// <c>espeak-ng -v vi -b 1 -s {speed} -w out.wav "text"</c> (<c>-b 1</c>: the text is UTF-8).
/// </summary>
public sealed class EspeakSynthesizer : ISpeechSynthesizer
{
    private readonly string _executable;
    private readonly string _voice;
    private readonly int _wordsPerMinute;

    /// <param name="executable">Program name or path (default <c>espeak-ng</c>).</param>
    /// <param name="voice">Voice: <c>vi</c> (northern), <c>vi-vn-x-central</c>, <c>vi-vn-x-south</c>.</param>
    /// <param name="wordsPerMinute">Speed; slower than espeak's default 175 is easier to follow in a hall.</param>
    public EspeakSynthesizer(string executable, string voice, int wordsPerMinute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        ArgumentOutOfRangeException.ThrowIfLessThan(wordsPerMinute, 80);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordsPerMinute, 450);
        _executable = executable;
        _voice = voice;
        _wordsPerMinute = wordsPerMinute;
    }

    public async Task SynthesizeAsync(string text, string wavPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(wavPath);
        // A leading '-' would be read as an option; a leading space keeps it text and is not spoken.
        var spoken = text.StartsWith('-') ? " " + text : text;
        (int ExitCode, string Error) result;
        try
        {
            result = await ProcessRunner.RunAsync(
                _executable,
                ["-v", _voice, "-b", "1", "-s", _wordsPerMinute.ToString(CultureInfo.InvariantCulture), "-w", wavPath, spoken],
                cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception ex)
        {
            throw new SpeechSynthesisException($"Cannot run {_executable} (install the espeak-ng package): {ex.Message}", ex);
        }

        if (result.ExitCode != 0)
        {
            throw new SpeechSynthesisException($"{_executable} exited with {result.ExitCode}: {result.Error}");
        }

        var file = new FileInfo(wavPath);
        if (!file.Exists || file.Length <= 44)
        {
            throw new SpeechSynthesisException($"{_executable} wrote no audio to {wavPath}.");
        }
    }
}
