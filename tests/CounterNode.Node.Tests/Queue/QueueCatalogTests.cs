using CounterNode.Node.Queue;
using CounterNode.Shared.Queue;

namespace CounterNode.Node.Tests.Queue;

public sealed class QueueCatalogTests
{
    private static QueueServiceOptions Service(string prefix, params int[] counters) =>
        new() { Prefix = prefix, Name = "Dịch vụ " + prefix, Counters = [.. counters] };

    [Fact]
    public void Shared_counters_serve_every_service_that_lists_them()
    {
        var catalog = new QueueCatalog(new QueueOptions
        {
            Services = [Service("A", 1), Service("C", 3), Service("D", 3, 4)],
        });

        Assert.Equal(["C", "D"], catalog.ServedBy(3).Select(s => s.Prefix));
        Assert.Equal(["A"], catalog.ServedBy(1).Select(s => s.Prefix));
        Assert.Empty(catalog.ServedBy(9));
        Assert.Equal("Quầy 3, 4", catalog.Get("D").CounterHint);
        Assert.Throws<UnknownServiceException>(() => catalog.Get("Z"));
        Assert.Throws<UnknownServiceException>(() => catalog.Get(null));
    }

    [Fact]
    public void Interleaved_services_get_their_rule()
    {
        var s = Service("E", 4);
        s.Priority = PriorityMode.Interleaved;
        s.NormalsBetween = 2;
        var catalog = new QueueCatalog(new QueueOptions { Services = [s] });
        Assert.Equal(PriorityRule.Interleave(2), catalog.Get("E").Rule);
    }

    [Theory]
    [InlineData("a", 1, "Prefix")]
    [InlineData("ABC", 1, "Prefix")]
    [InlineData("A", 0, "Counters")]
    [InlineData("A", 1000, "Counters")]
    public void A_malformed_service_is_refused_naming_the_setting(string prefix, int counter, string setting)
    {
        var ex = Assert.Throws<InvalidQueueOptionsException>(() => new QueueCatalog(new QueueOptions { Services = [Service(prefix, counter)] }));
        Assert.Contains("Queue:Services:0:" + setting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_configured_twice_or_without_name_is_refused()
    {
        Assert.Throws<InvalidQueueOptionsException>(() => new QueueCatalog(new QueueOptions { Services = [Service("A", 1), Service("A", 2)] }));
        var nameless = Service("B", 1);
        nameless.Name = " ";
        Assert.Throws<InvalidQueueOptionsException>(() => new QueueCatalog(new QueueOptions { Services = [nameless] }));
        var badInterleave = Service("C", 1);
        badInterleave.Priority = PriorityMode.Interleaved;
        badInterleave.NormalsBetween = 0;
        Assert.Throws<InvalidQueueOptionsException>(() => new QueueCatalog(new QueueOptions { Services = [badInterleave] }));
    }
}
