using CounterNode.Shared.Queue;
using CsCheck;

namespace CounterNode.Shared.Tests.Queue;

public sealed class NextTicketSelectorTests
{
    private static readonly string[] Prefixes = ["A", "B", "C", "D"];

    private static readonly Gen<WaitingTicket> GenTicket =
        Gen.Select(Gen.Int[0, 3], Gen.Int[1, 999], Gen.Long[1, 50], Gen.Bool, Gen.Guid)
            .Select((p, n, at, priority, id) => new WaitingTicket(id, Prefixes[p], n, at, priority));

    private static readonly Gen<PriorityRule> GenRule =
        Gen.OneOf(Gen.Const(PriorityRule.Strict), Gen.Int[1, 5].Select(PriorityRule.Interleave));

    private static readonly Gen<ServiceQueueState[]> GenServed =
        Gen.Select(Gen.Int[1, 15], GenRule.Array[4], Gen.Int[0, 6].Array[4])
            .Select((mask, rules, counts) => Enumerable.Range(0, 4)
                .Where(i => (mask & (1 << i)) != 0)
                .Select(i => new ServiceQueueState(Prefixes[i], rules[i], counts[i]))
                .ToArray());

    private static WaitingTicket T(string prefix, int number, long at, bool priority = false) =>
        new(Guid.CreateVersion7(), prefix, number, at, priority);

    [Fact]
    public void Never_picks_a_ticket_of_a_service_the_counter_does_not_serve()
    {
        Gen.Select(GenServed, GenTicket.List[0, 40]).Sample((served, waiting) =>
        {
            var chosen = NextTicketSelector.Choose(served, waiting);
            var servedPrefixes = served.Select(s => s.Prefix).ToHashSet();
            if (chosen is null)
                return !waiting.Any(t => servedPrefixes.Contains(t.Prefix));
            return servedPrefixes.Contains(chosen.Prefix) && waiting.Contains(chosen);
        });
    }

    [Fact]
    public void Within_a_service_the_rule_picks_the_class_and_the_class_is_first_in_first_out()
    {
        Gen.Select(GenRule, Gen.Int[0, 6], GenTicket.List[1, 30]).Sample((rule, normalsSince, waiting) =>
        {
            var service = new ServiceQueueState("A", rule, normalsSince);
            var ofA = waiting.Where(t => t.Prefix == "A").ToList();
            var chosen = NextTicketSelector.ChooseWithin(service, waiting);
            if (ofA.Count == 0)
                return chosen is null;
            var priorities = ofA.Where(t => t.IsPriority).Order(WaitingTicket.Fifo).ToList();
            var normals = ofA.Where(t => !t.IsPriority).Order(WaitingTicket.Fifo).ToList();
            var expectPriority = priorities.Count > 0 && (normals.Count == 0 || rule.PriorityDue(normalsSince));
            var expected = expectPriority ? priorities[0] : normals[0];
            return chosen == expected;
        });
    }

    [Fact]
    public void Across_services_the_earliest_issued_candidate_goes_first()
    {
        Gen.Select(GenServed, GenTicket.List[0, 40]).Sample((served, waiting) =>
        {
            var chosen = NextTicketSelector.Choose(served, waiting);
            var candidates = served.Select(s => NextTicketSelector.ChooseWithin(s, waiting)).OfType<WaitingTicket>().ToList();
            return candidates.Count == 0 ? chosen is null : chosen == candidates.Min(WaitingTicket.Fifo);
        });
    }

    [Fact]
    public void Strict_rule_calls_a_later_priority_ticket_before_earlier_normal_ones()
    {
        var normal = T("A", 1, 10);
        var priority = T("A", 2, 20, priority: true);
        var chosen = NextTicketSelector.Choose([new ServiceQueueState("A", PriorityRule.Strict, 0)], [normal, priority]);
        Assert.Equal(priority, chosen);
    }

    [Fact]
    public void Interleaving_calls_one_priority_ticket_after_every_n_normal_ones()
    {
        // Simulate a day: 3 priority and 9 normal tickets all waiting from the start, rule 1-after-3.
        var waiting = Enumerable.Range(1, 9).Select(i => T("C", i, i))
            .Concat(Enumerable.Range(10, 3).Select(i => T("C", i, i, priority: true)))
            .ToList();
        var called = new List<CalledTicket>();
        var order = new List<bool>();
        for (var call = 0; call < 12; call++)
        {
            var since = NextTicketSelector.NormalsSinceLastPriority("C", called);
            var next = NextTicketSelector.Choose([new ServiceQueueState("C", PriorityRule.Interleave(3), since)], waiting)!;
            waiting.Remove(next);
            called.Add(new CalledTicket("C", next.IsPriority, 100 + call));
            order.Add(next.IsPriority);
        }

        Assert.Equal(new[] { false, false, false, true, false, false, false, true, false, false, false, true }, order);
    }

    [Fact]
    public void Normals_since_last_priority_counts_only_that_service_after_its_latest_priority_call()
    {
        CalledTicket[] calls =
        [
            new("A", false, 1), new("A", true, 2), new("B", false, 3), new("A", false, 4), new("A", false, 5),
        ];
        Assert.Equal(2, NextTicketSelector.NormalsSinceLastPriority("A", calls));
        Assert.Equal(1, NextTicketSelector.NormalsSinceLastPriority("B", calls));
        Assert.Equal(0, NextTicketSelector.NormalsSinceLastPriority("C", calls));
    }

    [Fact]
    public void Interleave_refuses_a_rule_without_normal_tickets()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorityRule.Interleave(0));
    }
}
