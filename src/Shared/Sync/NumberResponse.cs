namespace CounterNode.Shared.Sync;

/// <summary>The number the Hub assigned; never assigned again in that series.</summary>
public sealed record NumberResponse(NumberSeries Series, int Number);
