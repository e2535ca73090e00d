namespace CounterNode.ServiceDefaults.Logging;

/// <summary>What the startup line reports about the running component.</summary>
/// <param name="Component">"hub" or "node".</param>
public sealed record StartupInfo(string Component);
