using CounterNode.Hub.Board;
using static CounterNode.Hub.Tests.Board.BoardTickets;

namespace CounterNode.Hub.Tests.Board;

public sealed class CounterProjectionTests
{
    private static readonly NodeActivity[] Nodes =
    [
        new("counter-01", ["center", "counter:1"], 5, null, "cb-017"),
        new("counter-02", ["center", "counter:2"], 0, null, null),
        new("kiosk-01", ["center"], 9, null, null),
    ];

    [Fact]
    public void A_counter_with_no_open_ticket_is_idle_and_one_just_called_is_calling()
    {
        var tickets = new[] { Called("A", 7, Min(0), 1, Min(10)) };

        var counters = CounterProjection.Project(tickets, Nodes, Start + Min(10.5), TimeSpan.FromMinutes(1));

        Assert.Equal([1, 2], counters.Select(c => c.Counter));
        var one = counters[0];
        Assert.Equal(CounterState.Calling, one.State);
        Assert.Equal("A007", one.Ticket);
        Assert.Equal(30, one.ServiceSeconds);
        Assert.Equal("cb-017", one.Officer);
        Assert.Equal("counter-01", one.NodeId);
        Assert.Equal(new CounterView(2, "counter-02", CounterState.Idle, null, null, null), counters[1]);
    }

    [Fact]
    public void After_the_calling_phase_the_counter_is_serving_and_a_finished_ticket_leaves_it_idle()
    {
        var serving = CounterProjection.Project([Called("A", 7, Min(0), 1, Min(10))], Nodes, Start + Min(15), TimeSpan.FromMinutes(1));
        var done = CounterProjection.Project([Finished("A", 7, Min(0), 1, Min(10), Min(14))], Nodes, Start + Min(15), TimeSpan.FromMinutes(1));

        Assert.Equal(CounterState.Serving, serving[0].State);
        Assert.Equal(300, serving[0].ServiceSeconds);
        Assert.Equal(CounterState.Idle, done[0].State);
        Assert.Null(done[0].Ticket);
    }

    [Fact]
    public void A_counter_known_only_from_a_call_is_shown_with_the_calling_node()
    {
        var counters = CounterProjection.Project([Called("B", 1, Min(0), 7, Min(1), node: "counter-07")], Nodes, Start + Min(2), TimeSpan.FromMinutes(1));

        var seven = Assert.Single(counters, c => c.Counter == 7);
        Assert.Equal("counter-07", seven.NodeId);
        Assert.Equal("B001", seven.Ticket);
    }

    [Theory]
    [InlineData("counter:3", 3)]
    [InlineData("counter:12", 12)]
    [InlineData("center", null)]
    [InlineData("counter:", null)]
    [InlineData("counter:-1", null)]
    [InlineData("counter:0", null)]
    [InlineData("dept:STP", null)]
    public void Counter_numbers_come_only_from_valid_counter_scopes(string scope, int? expected) =>
        Assert.Equal(expected, CounterProjection.CounterOf(scope));
}
