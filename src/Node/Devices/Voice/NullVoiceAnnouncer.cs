using CounterNode.Node.Devices.Voice.Phrases;

namespace CounterNode.Node.Devices.Voice;

/// <summary>For nodes without voice (<c>Voice:Enabled = false</c>): checks the call, speaks nothing.</summary>
public sealed class NullVoiceAnnouncer : IVoiceAnnouncer
{
    private readonly VoicePhraseBuilder _phrases = new();

    public Task<VoiceAnnouncement> AnnounceAsync(VoiceCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Task.FromResult(new VoiceAnnouncement(call, _phrases.Build(call), null, 0));
    }
}
