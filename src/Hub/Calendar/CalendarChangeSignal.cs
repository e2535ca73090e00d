using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Calendar;

/// <summary>Raised after a commit that touches scope <c>center</c> (where the catalogue lives): the calendar may have changed.</summary>
public sealed class CalendarChangeSignal : CommitSignal;
