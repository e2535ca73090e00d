using System.Collections.Concurrent;
using System.Text;
using CounterNode.Node.Devices.Voice;
using CounterNode.Node.Devices.Voice.Phrases;
using CounterNode.Node.Devices.Voice.Speech;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Devices.Voice;

public sealed class VoiceAnnouncerTests : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-voice-").FullName;

    [Fact]
    public async Task Calls_are_spoken_strictly_one_after_another_in_order()
    {
        var player = new GatedPlayer();
        using var announcer = Create(new FakeSynthesizer(), player, keepFiles: true, capacity: 10);
        await announcer.StartAsync(CancellationToken.None);

        var first = announcer.AnnounceAsync(new VoiceCall("A001", 1), CancellationToken.None);
        var second = announcer.AnnounceAsync(new VoiceCall("A002", 2), CancellationToken.None);
        var third = announcer.AnnounceAsync(new VoiceCall("A003", 3), CancellationToken.None);

        await player.Started(1).WaitAsync(SafetyNet);
        player.Release();
        await player.Started(2).WaitAsync(SafetyNet);
        // The second is playing and held: the third cannot have started.
        Assert.Equal(2, player.StartedCount);
        Assert.False(third.IsCompleted);
        player.Release();
        player.Release();
        var spoken = await Task.WhenAll(first, second, third).WaitAsync(SafetyNet);

        Assert.Equal(1, player.MaxConcurrent);
        Assert.Equal(["A001", "A002", "A003"], player.Played.Select(p => Path.GetFileName(p).Split('-')[4]));
        Assert.Equal([1L, 2L, 3L], spoken.Select(s => s.Sequence));
        Assert.All(spoken, s => Assert.True(File.Exists(s.WavPath)));
        await announcer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_call_is_reported_and_the_next_one_is_still_spoken()
    {
        var synthesizer = new FakeSynthesizer { FailFor = "bê" };
        var player = new GatedPlayer(autoRelease: true);
        using var announcer = Create(synthesizer, player, keepFiles: false, capacity: 10);
        await announcer.StartAsync(CancellationToken.None);

        var failing = announcer.AnnounceAsync(new VoiceCall("B1", 1), CancellationToken.None);
        var next = announcer.AnnounceAsync(new VoiceCall("A2", 2), CancellationToken.None);

        await Assert.ThrowsAsync<SpeechSynthesisException>(() => failing.WaitAsync(SafetyNet));
        var spoken = await next.WaitAsync(SafetyNet);
        Assert.Null(spoken.WavPath);
        Assert.Single(player.Played);
        Assert.Empty(Directory.GetFiles(_directory));
        await announcer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task When_the_queue_is_full_the_oldest_waiting_call_is_dropped()
    {
        var player = new GatedPlayer();
        using var announcer = Create(new FakeSynthesizer(), player, keepFiles: true, capacity: 2);
        await announcer.StartAsync(CancellationToken.None);
        var playing = announcer.AnnounceAsync(new VoiceCall("A1", 1), CancellationToken.None);
        await player.Started(1).WaitAsync(SafetyNet);

        var oldest = announcer.AnnounceAsync(new VoiceCall("A2", 1), CancellationToken.None);
        var middle = announcer.AnnounceAsync(new VoiceCall("A3", 1), CancellationToken.None);
        var newest = announcer.AnnounceAsync(new VoiceCall("A4", 1), CancellationToken.None);

        await Assert.ThrowsAsync<VoiceCallDroppedException>(() => oldest.WaitAsync(SafetyNet));
        player.Release();
        player.Release();
        player.Release();
        await Task.WhenAll(playing, middle, newest).WaitAsync(SafetyNet);
        Assert.Equal(3, player.Played.Count);
        await announcer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task End_to_end_with_espeak_the_folder_gets_one_WAV_per_call()
    {
        using var announcer = Create(new EspeakSynthesizer("espeak-ng", "vi", 160), player: null, keepFiles: true, capacity: 10);
        await announcer.StartAsync(CancellationToken.None);

        var spoken = await Task.WhenAll(
            announcer.AnnounceAsync(new VoiceCall("A012", 3), CancellationToken.None),
            announcer.AnnounceAsync(new VoiceCall("B7", 12), CancellationToken.None)).WaitAsync(SafetyNet);

        Assert.Equal(2, Directory.GetFiles(_directory, "*.wav").Length);
        foreach (var call in spoken)
        {
            var header = (await File.ReadAllBytesAsync(call.WavPath!)).AsSpan(0, 4).ToArray();
            Assert.Equal("RIFF", Encoding.ASCII.GetString(header));
        }

        await announcer.StopAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private VoiceAnnouncer Create(ISpeechSynthesizer synthesizer, IAudioPlayer? player, bool keepFiles, int capacity) => new(
        new VoicePhraseBuilder(),
        synthesizer,
        player,
        new VoiceAnnouncerSettings(_directory, keepFiles, capacity),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero)),
        NullLogger<VoiceAnnouncer>.Instance);

    /// <summary>Writes a tiny file; fails for phrases containing <see cref="FailFor"/>.</summary>
    private sealed class FakeSynthesizer : ISpeechSynthesizer
    {
        public string? FailFor { get; init; }

        public Task SynthesizeAsync(string text, string wavPath, CancellationToken cancellationToken)
        {
            if (FailFor is not null && text.Contains(FailFor, StringComparison.Ordinal))
            {
                throw new SpeechSynthesisException("Simulated failure.");
            }

            return File.WriteAllBytesAsync(wavPath, "RIFF"u8.ToArray(), cancellationToken);
        }
    }

    /// <summary>A slow player: each playback waits for <see cref="Release"/>; records overlap.</summary>
    private sealed class GatedPlayer(bool autoRelease = false) : IAudioPlayer
    {
        private readonly SemaphoreSlim _gate = new(0);
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _started = new();
        private int _concurrent;
        private int _maxConcurrent;
        private int _startedCount;

        public ConcurrentQueue<string> Played { get; } = new();

        public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

        public int StartedCount => Volatile.Read(ref _startedCount);

        public Task Started(int n) => _started.GetOrAdd(n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void Release() => _gate.Release();

        public async Task PlayAsync(string wavPath, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _concurrent);
            InterlockedMax(ref _maxConcurrent, now);
            var n = Interlocked.Increment(ref _startedCount);
            _started.GetOrAdd(n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            Assert.True(File.Exists(wavPath));
            if (!autoRelease)
            {
                await _gate.WaitAsync(cancellationToken);
            }

            await Task.Yield();
            Played.Enqueue(wavPath);
            Interlocked.Decrement(ref _concurrent);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
