namespace CounterNode.Hub.Board;

/// <summary>Waiting count of one service prefix on the hall display.</summary>
public sealed record HallQueueView(string Prefix, int Waiting);
