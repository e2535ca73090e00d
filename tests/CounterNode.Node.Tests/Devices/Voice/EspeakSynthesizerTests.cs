using System.Buffers.Binary;
using System.Text;
using CounterNode.Node.Devices.Voice;
using CounterNode.Node.Devices.Voice.Phrases;
using CounterNode.Node.Devices.Voice.Speech;

namespace CounterNode.Node.Tests.Devices.Voice;

/// <summary>The real espeak-ng (Debian package espeak-ng, installed by test.sh).</summary>
public sealed class EspeakSynthesizerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-voice-").FullName;

    [Fact]
    public async Task Espeak_writes_a_real_WAV_file_for_a_Vietnamese_call()
    {
        var path = Path.Combine(_directory, "call.wav");
        var phrase = new VoicePhraseBuilder().Build(new VoiceCall("A012", 3));

        await new EspeakSynthesizer("espeak-ng", "vi", 140).SynthesizeAsync(phrase, path, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(bytes.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)));
        // A sentence of about 15 syllables is well over a second of 22 kHz 16-bit audio.
        Assert.True(bytes.Length > 44_000, $"Only {bytes.Length} bytes of audio.");
    }

    [Fact]
    public async Task A_missing_program_is_a_synthesis_error()
    {
        var synthesizer = new EspeakSynthesizer("espeak-ng-not-installed", "vi", 140);

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() => synthesizer.SynthesizeAsync("Mời", Path.Combine(_directory, "x.wav"), CancellationToken.None));
        Assert.Contains("espeak-ng-not-installed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_voices_include_the_three_Vietnamese_ones()
    {
        var voices = EspeakVoices.Installed("espeak-ng");

        Assert.Contains("vi", voices);
        Assert.Contains("vi-vn-x-central", voices);
        Assert.Contains("vi-vn-x-south", voices);
        Assert.DoesNotContain("no-such-voice", voices);
    }

    [Fact]
    public async Task The_play_command_runs_with_the_file_and_its_failure_is_reported()
    {
        var source = Path.Combine(_directory, "source.wav");
        var copy = Path.Combine(_directory, "played.wav");
        await File.WriteAllBytesAsync(source, [1, 2, 3]);

        await new CommandAudioPlayer($"cp {{file}} {copy}").PlayAsync(source, CancellationToken.None);

        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(copy));
        await Assert.ThrowsAsync<AudioPlaybackException>(() => new CommandAudioPlayer("false {file}").PlayAsync(source, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => new CommandAudioPlayer("aplay -q"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
