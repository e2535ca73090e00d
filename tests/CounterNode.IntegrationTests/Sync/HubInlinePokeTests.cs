using System.Net.Http.Json;
using System.Threading.Channels;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// Pokes that carry their commit, from the real Hub process to a real SignalR client: the
/// changes survive SignalR's JSON protocol intact, and a commit that spans scopes reaches a
/// node of one of them without content (no data outside its grant, never half a commit).
/// </summary>
public sealed class HubInlinePokeTests(HubSyncFixture hub) : IClassFixture<HubSyncFixture>
{
    [Fact]
    public async Task A_small_commit_in_the_nodes_scope_arrives_inside_the_poke_exactly_as_a_pull_returns_it()
    {
        var pokes = Channel.CreateUnbounded<SyncPoke>();
        await using var listener = await ListenAsync(HubSyncFixture.Counter2, pokes);
        var ticket = Guid.NewGuid();

        var pushed = await PushAsync(hub.Outbox1.Next(TicketMutationTypes.Issue, new IssueTicketPayload(ticket, "A", 501, HubTestOutbox.Day)));

        var poke = await NextPokeAsync(pokes, pushed.HubVersion);
        Assert.NotNull(poke.Changes);
        Assert.NotNull(poke.FromVersion);
        Assert.True(poke.HubClock > 0);
        Assert.Contains(poke.Changes, c => c.EntityType == TicketEntityTypes.Ticket && c.EntityId == ticket.ToString("D"));
        using var http = hub.Client(HubSyncFixture.Counter2);
        using var response = await http.PostAsync(SyncProtocol.PullPath,
            HubSyncFixture.Gzip(new PullRequest(SyncProtocol.Version, HubSyncFixture.Counter2, poke.FromVersion.Value, 1000)));
        response.EnsureSuccessStatusCode();
        var pulled = (await response.Content.ReadFromJsonAsync<PullResponse>(SyncJson.Options))!;
        Assert.Equal(Describe(pulled.Changes), Describe(poke.Changes));
        Assert.Equal(pushed.HubVersion - poke.FromVersion.Value, poke.Changes.Count);
    }

    [Fact]
    public async Task A_commit_spanning_scopes_pokes_a_node_of_one_of_them_without_content()
    {
        var pokes = Channel.CreateUnbounded<SyncPoke>();
        await using var listener = await ListenAsync(HubSyncFixture.Counter2, pokes);

        // The ticket lives in dept:STP (counter-02 does not see it); its number index in center.
        var pushed = await PushAsync(hub.Outbox1.Next(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", 502, HubTestOutbox.Day, Scope: "dept:STP")));

        var poke = await NextPokeAsync(pokes, pushed.HubVersion);
        Assert.Null(poke.Changes);
        Assert.Null(poke.FromVersion);
    }

    private async Task<HubConnection> ListenAsync(string node, Channel<SyncPoke> pokes) =>
        (await PokeTestClient.ListenAsync(hub.BaseAddress, node, HubSyncFixture.KeyOf(node), pokes)).Connection;

    private async Task<PushResponse> PushAsync(Mutation mutation)
    {
        using var http = hub.Client(HubSyncFixture.Counter1);
        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(mutation)));
        response.EnsureSuccessStatusCode();
        var pushed = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!;
        Assert.Equal(MutationStatus.Applied, Assert.Single(pushed.Outcomes).Status);
        return pushed;
    }

    // Pokes of other tests' commits may be in flight: wait for the one of this commit.
    private static async Task<SyncPoke> NextPokeAsync(Channel<SyncPoke> pokes, long version)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var poke = await pokes.Reader.ReadAsync(timeout.Token);
            if (poke.Version == version)
                return poke;
        }
    }

    private static List<string> Describe(IEnumerable<EntityChange> changes) =>
        [.. changes.Select(c => $"{c.Version}/{c.EntityType}/{c.EntityId}/{c.Scope}/{c.Data?.GetRawText() ?? "null"}")];
}
