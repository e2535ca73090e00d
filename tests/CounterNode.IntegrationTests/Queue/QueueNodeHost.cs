using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.Builder;

namespace CounterNode.IntegrationTests.Queue;

/// <summary>
/// The queue's view of an <see cref="InProcessNodeHost"/>: two services (A at counter 1 with
/// strict priority, B at counter 2) and ticket reserves by prefix.
/// </summary>
internal sealed class QueueNodeHost : IAsyncDisposable
{
    public const string OfficerId = InProcessNodeHost.OfficerId;
    public const string OfficerPin = InProcessNodeHost.OfficerPin;
    public const string NodeId = InProcessNodeHost.NodeId;

    /// <summary>Thursday 26 Nov 2026, 09:00 in the center (UTC+7): a working day, inside the morning session.</summary>
    public static readonly DateTimeOffset WorkingMorning = InProcessNodeHost.WorkingMorning;

    private readonly InProcessNodeHost _node;

    private QueueNodeHost(InProcessNodeHost node) => _node = node;

    public WebApplication App => _node.App;

    public Uri Address => _node.Address;

    public DateOnly Day => _node.Day;

    public static async Task<QueueNodeHost> StartAsync(DateTimeOffset hallTime) =>
        new(await InProcessNodeHost.StartAsync(hallTime, "test-key-queue-0123456789", new Dictionary<string, string?>
        {
            ["Node:Sync:DecisionWait"] = "00:00:00.300",
            ["Queue:CenterName"] = "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
            ["Queue:Services:0:Priority"] = "Strict",
            ["Queue:Services:1:Prefix"] = "B",
            ["Queue:Services:1:Name"] = "Đăng ký kinh doanh, đầu tư",
            ["Queue:Services:1:Counters:0"] = "2",
        }, tempPrefix: "cn-queue-"));

    /// <summary>What the Hub would have leased earlier: reserve numbers first..last of a prefix for the day.</summary>
    public Task LeaseReserveAsync(string prefix, int first, int last) => _node.LeaseReserveAsync(Tickets(prefix), first, last);

    public Task<int> ReserveLeftAsync(string prefix) => _node.ReserveLeftAsync(Tickets(prefix));

    /// <summary>An HTTP client with a cookie jar (the console session).</summary>
    public HttpClient CreateClient() => _node.CreateClient(TimeSpan.FromSeconds(20));

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private NumberSeries Tickets(string prefix) => new(NumberSeriesKind.Ticket, prefix, Day);
}
