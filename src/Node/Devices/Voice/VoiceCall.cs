namespace CounterNode.Node.Devices.Voice;

/// <summary>A call to announce in the hall.</summary>
/// <param name="TicketNumber">The ticket number as printed ("A012").</param>
/// <param name="Counter">The counter number (1-999).</param>
public sealed record VoiceCall(string TicketNumber, int Counter);
