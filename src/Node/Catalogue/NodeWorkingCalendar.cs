using CounterNode.Shared.Calendar;

namespace CounterNode.Node.Catalogue;

/// <summary>
/// The node's "current working calendar": the one of the synced catalogue (center hours plus the
/// administrator's calendar overrides), or the regulation's defaults until the Hub's catalogue
/// arrives. <see cref="NodeCatalogue"/> follows the replica's change notifications and replaces
/// its <see cref="SyncedCatalogue"/> on every change; the calendar is rebuilt (once) from the new
/// catalogue at its next use, so a day off entered at the Hub applies to the next receipt, ticket
/// or rotation decision after the poke. What had to be ignored is logged once per catalogue.
/// </summary>
public sealed class NodeWorkingCalendar(ICatalogue catalogue, ILogger<NodeWorkingCalendar> logger) : IWorkingCalendarSource
{
    private SyncedCatalogue? _logged;

    /// <inheritdoc />
    public WorkingCalendar Current
    {
        get
        {
            var current = catalogue.Current;
            var build = current.Calendar;
            if (!ReferenceEquals(Volatile.Read(ref _logged), current) && Interlocked.Exchange(ref _logged, current) != current)
            {
                foreach (var problem in build.Problems)
                    NodeCatalogueLog.CalendarPartIgnored(logger, problem.English);
            }

            return build.Calendar;
        }
    }
}
