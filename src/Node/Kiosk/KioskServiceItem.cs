namespace CounterNode.Node.Kiosk;

/// <summary>A service button on the kiosk page.</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="CounterHint">Where it is served.</param>
/// <param name="Waiting">Tickets waiting now.</param>
public sealed record KioskServiceItem(string Prefix, string Name, string CounterHint, int Waiting);
