using CounterNode.Hub.Board;
using CounterNode.Hub.Data;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using static CounterNode.Hub.Tests.Board.BoardTickets;

namespace CounterNode.Hub.Tests.Board;

public sealed class NodeAndConflictProjectionTests
{
    [Fact]
    public void A_node_is_online_while_its_last_push_is_within_the_window()
    {
        var now = Start + Min(60);
        var nodes = new[]
        {
            new NodeActivity("counter-02", [], 3, (now - Min(5)).ToUnixTimeMilliseconds(), null),
            new NodeActivity("counter-01", [], 9, (now - Min(1)).ToUnixTimeMilliseconds(), null),
            new NodeActivity("hall-01", [], 0, null, null),
        };

        var views = NodeProjection.Project(nodes, now, TimeSpan.FromMinutes(2));

        Assert.Equal(["counter-01", "counter-02", "hall-01"], views.Select(v => v.NodeId));
        Assert.Equal([true, false, false], views.Select(v => v.Online));
        Assert.Equal(now - Min(1), views[0].LastPushAt);
        Assert.Equal(9, views[0].LastApplied);
        Assert.Null(views[2].LastPushAt);
        Assert.All(views, v => Assert.Null(v.SyncLag));
    }

    [Fact]
    public void Conflicts_show_their_vietnamese_message_newest_first_and_survive_unreadable_json()
    {
        var call = new ConflictEntity("call:x", ConflictKind.ConcurrentCall, [Guid.NewGuid()], new CallClaim(1, "counter-01", 1), [new CallClaim(2, "counter-02", 2)],
            "Số A005 do quầy 1 phục vụ; lượt gọi của quầy 2 không được tính.");
        var records = new[]
        {
            new ConflictRecord { Id = "call:x", Kind = "concurrent-call", Data = MutatorJson.ToElement(call).GetRawText(), FirstVersion = 3, LastVersion = 7 },
            new ConflictRecord { Id = "number:y", Kind = "duplicate-number", Data = "{not json", FirstVersion = 9, LastVersion = 9 },
        };

        var views = ConflictProjection.Project(records);

        Assert.Equal(["number:y", "call:x"], views.Select(v => v.Id));
        Assert.Equal(call.Message, views[1].Message);
        Assert.Equal("concurrent-call", views[1].Kind);
        Assert.Equal("Xung đột chưa đọc được.", views[0].Message);
    }
}
