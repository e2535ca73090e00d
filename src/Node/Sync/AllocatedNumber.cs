using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>A number that may be printed: already recorded durably on this node.</summary>
/// <param name="Series">The series it belongs to.</param>
/// <param name="Number">The number.</param>
/// <param name="Source">Online from the Hub, or from this node's reserve block.</param>
public sealed record AllocatedNumber(NumberSeries Series, int Number, NumberSource Source);
