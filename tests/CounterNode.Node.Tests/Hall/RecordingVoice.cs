using System.Collections.Concurrent;
using CounterNode.Node.Devices.Voice;

namespace CounterNode.Node.Tests.Hall;

/// <summary>A voice that records what it was asked to say (the espeak-ng announcer has its own tests).</summary>
internal sealed class RecordingVoice : IVoiceAnnouncer
{
    public ConcurrentQueue<VoiceCall> Calls { get; } = new();

    public Task<VoiceAnnouncement> AnnounceAsync(VoiceCall call, CancellationToken cancellationToken)
    {
        Calls.Enqueue(call);
        return Task.FromResult(new VoiceAnnouncement(call, call.TicketNumber, null, Calls.Count));
    }
}
