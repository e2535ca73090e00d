using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Sync;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.IntegrationTests.Board;

/// <summary>
/// One real Hub process with the repository's appsettings.json (demo supervisor
/// <c>giamsat</c>/<c>giamsat</c>, dev nodes) on a free loopback port, and a hash-chained outbox
/// of counter-01 to push queue mutations over the real HTTP API.
/// </summary>
public sealed class BoardHubFixture() : HubProcessFixture("cn-board-")
{
    public const string UserName = "giamsat";
    public const string Password = "giamsat";

    public HubTestOutbox Counter1 { get; } = new(HubSyncFixture.Counter1);

    public HubTestOutbox Counter2 { get; } = new(HubSyncFixture.Counter2);

    /// <summary>The center-local (UTC+7) day the board shows now.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);

    /// <summary>Pushes mutations of counter-01 and returns the Hub version after them.</summary>
    public Task<long> PushAsync(params Mutation[] mutations) => PushAsync(Counter1, mutations);

    /// <summary>Pushes mutations of <paramref name="outbox"/>'s node and returns the Hub version after them.</summary>
    public async Task<long> PushAsync(HubTestOutbox outbox, params Mutation[] mutations)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeIdHeader, outbox.NodeId);
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeKeyHeader, HubSyncFixture.KeyOf(outbox.NodeId));
        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(outbox.Push(mutations)));
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!;
        Assert.All(body.Outcomes, o => Assert.Equal(MutationStatus.Applied, o.Status));
        return body.HubVersion;
    }

    /// <summary>A <c>ticket.issue</c> of today; <paramref name="service"/> lets a test plant text that must never reach a screen.</summary>
    public Mutation Issue(Guid ticket, string prefix, int number, string? service = null) =>
        Counter1.Next(TicketMutationTypes.Issue, new IssueTicketPayload(ticket, prefix, number, Today, service));

    public Mutation Call(Guid ticket, int counter, HubTestOutbox? outbox = null) =>
        (outbox ?? Counter1).Next(TicketMutationTypes.Call, new TicketCounterPayload(ticket, counter));
}
