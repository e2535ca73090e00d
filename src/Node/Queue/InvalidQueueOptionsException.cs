namespace CounterNode.Node.Queue;

/// <summary>The <c>Queue</c> section cannot be used (names the setting at fault; never a PIN hash).</summary>
public sealed class InvalidQueueOptionsException(string message) : Exception(message);
