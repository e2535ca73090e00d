using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Hub.Board;

/// <summary>Counter states from the tickets they called and the nodes that hold their scopes.</summary>
public static class CounterProjection
{
    private const string CounterScopePrefix = "counter:";

    /// <summary>Every counter named by a node's scope or by a call, sorted by number.</summary>
    public static IReadOnlyList<CounterView> Project(IEnumerable<TicketEntity> tickets, IEnumerable<NodeActivity> nodes, DateTimeOffset now, TimeSpan callingPhase)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(nodes);
        var nodeList = nodes.ToList();
        var officers = nodeList.ToDictionary(n => n.NodeId, n => n.Officer, StringComparer.Ordinal);
        var scopeOwners = new Dictionary<int, string>();
        foreach (var node in nodeList)
        {
            foreach (var scope in node.Scopes)
            {
                if (CounterOf(scope) is { } counter)
                    scopeOwners.TryAdd(counter, node.NodeId);
            }
        }

        var called = tickets.Where(t => t.Call is not null).ToList();
        var numbers = scopeOwners.Keys.Concat(called.Select(t => t.Call!.Counter)).Distinct().Order();
        var views = new List<CounterView>();
        foreach (var counter in numbers)
        {
            var mine = called.Where(t => t.Call!.Counter == counter).OrderByDescending(t => t.Call!.Hlc).ToList();
            var open = mine.FirstOrDefault(t => t.Status == TicketStatus.Called);
            var nodeId = open?.Call!.NodeId ?? mine.FirstOrDefault()?.Call!.NodeId ?? scopeOwners.GetValueOrDefault(counter);
            var officer = nodeId is not null ? officers.GetValueOrDefault(nodeId) : null;
            if (open is null)
            {
                views.Add(new CounterView(counter, nodeId, CounterState.Idle, officer, null, null));
                continue;
            }

            var since = TicketLabels.Seconds(TicketLabels.TimeOf(open.Call!.Hlc), now);
            var state = since < callingPhase.TotalSeconds ? CounterState.Calling : CounterState.Serving;
            views.Add(new CounterView(counter, nodeId, state, officer, TicketLabels.Of(open), since));
        }

        return views;
    }

    /// <summary>The counter number of a <c>counter:N</c> scope, else null.</summary>
    public static int? CounterOf(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.StartsWith(CounterScopePrefix, StringComparison.Ordinal)
            && SyncScope.IsValid(scope)
            && int.TryParse(scope.AsSpan(CounterScopePrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n > 0
            ? n
            : null;
    }
}
