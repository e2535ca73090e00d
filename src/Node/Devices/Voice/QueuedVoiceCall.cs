namespace CounterNode.Node.Devices.Voice;

/// <summary>A call waiting in the announcer's queue with the task its caller holds.</summary>
internal sealed record QueuedVoiceCall(VoiceCall Call, string Phrase, TaskCompletionSource<VoiceAnnouncement> Completion);
