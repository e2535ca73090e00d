namespace CounterNode.Node.Queue;

/// <summary>An officer who may sign in at the console (<c>Queue:Officers</c>; badge sign-in comes later).</summary>
public sealed class OfficerOptions
{
    /// <summary>Login id, e.g. "cb01".</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Full name shown on the console.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>PIN hash made by <see cref="OfficerConsole.OfficerPin.Hash"/> (never the PIN itself).</summary>
    public string PinHash { get; set; } = string.Empty;
}
