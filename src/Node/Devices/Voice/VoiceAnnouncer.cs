using System.Globalization;
using System.Threading.Channels;
using CounterNode.Node.Devices.Voice.Phrases;
using CounterNode.Node.Devices.Voice.Speech;

namespace CounterNode.Node.Devices.Voice;

/// <summary>
/// The hall's voice: a bounded channel with a single consumer, so calls are synthesized and
/// played strictly one after another and never talk over each other. When calls come faster
/// than they can be spoken the oldest waiting one is dropped (a stale call is worse than none;
/// the display still shows it).
/// </summary>
public sealed class VoiceAnnouncer : BackgroundService, IVoiceAnnouncer
{
    private readonly VoicePhraseBuilder _phrases;
    private readonly ISpeechSynthesizer _synthesizer;
    private readonly IAudioPlayer? _player;
    private readonly VoiceAnnouncerSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<QueuedVoiceCall> _queue;
    private long _sequence;

    /// <param name="phrases">Builds the spoken text.</param>
    /// <param name="synthesizer">Text to WAV.</param>
    /// <param name="player">Plays the WAV, or null to only write files.</param>
    /// <param name="settings">Output folder, file keeping, queue size.</param>
    /// <param name="timeProvider">Time for file names.</param>
    /// <param name="logger">Logger.</param>
    public VoiceAnnouncer(VoicePhraseBuilder phrases, ISpeechSynthesizer synthesizer, IAudioPlayer? player, VoiceAnnouncerSettings settings, TimeProvider timeProvider, ILogger<VoiceAnnouncer> logger)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.QueueCapacity, 1);
        _phrases = phrases;
        _synthesizer = synthesizer;
        _player = player;
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
        _queue = Channel.CreateBounded<QueuedVoiceCall>(
            new BoundedChannelOptions(settings.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            OnDropped);
    }

    public Task<VoiceAnnouncement> AnnounceAsync(VoiceCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        cancellationToken.ThrowIfCancellationRequested();
        var phrase = _phrases.Build(call);
        var queued = new QueuedVoiceCall(call, phrase, new TaskCompletionSource<VoiceAnnouncement>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(queued))
        {
            queued.Completion.TrySetException(new VoiceCallDroppedException("The voice announcer has stopped."));
        }

        return queued.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_settings.OutputDirectory);
        try
        {
            await foreach (var queued in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await SpeakAsync(queued, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left))
            {
                left.Completion.TrySetException(new VoiceCallDroppedException("The voice announcer stopped before this call was spoken."));
            }
        }
    }

    private async Task SpeakAsync(QueuedVoiceCall queued, CancellationToken cancellationToken)
    {
        var sequence = ++_sequence;
        var path = Path.Combine(_settings.OutputDirectory, FileName(queued.Call, sequence));
        try
        {
            await _synthesizer.SynthesizeAsync(queued.Phrase, path, cancellationToken).ConfigureAwait(false);
            if (_player is not null)
            {
                await _player.PlayAsync(path, cancellationToken).ConfigureAwait(false);
            }

            if (!_settings.KeepFiles)
            {
                File.Delete(path);
            }

            _logger.Announced(queued.Call.TicketNumber, queued.Call.Counter, sequence, _settings.KeepFiles ? path : "played");
            queued.Completion.TrySetResult(new VoiceAnnouncement(queued.Call, queued.Phrase, _settings.KeepFiles ? path : null, sequence));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            queued.Completion.TrySetException(new VoiceCallDroppedException("The voice announcer stopped while speaking this call."));
            throw;
        }
        catch (Exception ex) when (ex is SpeechSynthesisException or AudioPlaybackException or IOException or UnauthorizedAccessException)
        {
            // One failed call must not silence the hall: log, report to the caller, go on.
            _logger.AnnounceFailed(ex, queued.Call.TicketNumber, queued.Call.Counter);
            queued.Completion.TrySetException(ex);
        }
    }

    private string FileName(VoiceCall call, long sequence)
    {
        var safeNumber = new string([.. call.TicketNumber.Where(char.IsAsciiLetterOrDigit)]);
        var stamp = _time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{stamp}-{sequence:D6}-{safeNumber}-q{call.Counter}.wav");
    }

    private void OnDropped(QueuedVoiceCall dropped)
    {
        _logger.Dropped(dropped.Call.TicketNumber, dropped.Call.Counter);
        dropped.Completion.TrySetException(new VoiceCallDroppedException("The voice queue was full; a newer call took this one's place."));
    }
}
