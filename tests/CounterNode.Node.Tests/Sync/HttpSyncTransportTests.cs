using System.IO.Compression;
using System.Net;
using System.Text.Json;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Node.Tests.Sync;

/// <summary>The HTTP transport against a real Kestrel server on loopback standing in for the Hub's endpoints.</summary>
public sealed class HttpSyncTransportTests : IAsyncLifetime
{
    private const string Key = "node-secret-key-42";
    private WebApplication _server = null!;
    private Uri _address = null!;
    private string? _seenNode;
    private string? _seenKey;
    private string? _seenEncoding;
    private PushRequest? _seenPush;
    private int _pullCalls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapPost(SyncProtocol.PushPath, async (HttpContext http) =>
        {
            _seenNode = http.Request.Headers[SyncProtocol.NodeIdHeader];
            _seenKey = http.Request.Headers[SyncProtocol.NodeKeyHeader];
            _seenEncoding = http.Request.Headers.ContentEncoding;
            await using var gzip = new GZipStream(http.Request.Body, CompressionMode.Decompress);
            _seenPush = await JsonSerializer.DeserializeAsync<PushRequest>(gzip, SyncJson.Options);
            var last = _seenPush!.Mutations[^1].MutationId;
            return Results.Json(new PushResponse(last, 9, [.. _seenPush.Mutations.Select(m => new MutationOutcome(m.MutationId, MutationStatus.Applied))]), SyncJson.Options);
        });
        _server.MapPost(SyncProtocol.PullPath, () =>
        {
            Interlocked.Increment(ref _pullCalls);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        _server.MapPost(SyncProtocol.BootstrapPath, () => Results.Problem("wrong key", statusCode: StatusCodes.Status401Unauthorized));
        _server.MapPost(SyncProtocol.NumbersPath, async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
            return Results.Ok();
        });
        await _server.StartAsync();
        _address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [Fact]
    public async Task A_push_is_gzip_compressed_and_carries_the_node_headers()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var transport = new HttpSyncTransport(http, new HubCredentials("counter-01", Key), NullLogger<HttpSyncTransport>.Instance);
        var payload = JsonSerializer.SerializeToElement(new { text = "Số thứ tự A001 – quầy 1" });
        var hash = MutationHasher.Compute(string.Empty, "counter-01", 1, Guid.CreateVersion7(), "ticket.issue", payload.GetRawText(), HybridTimestamp.Create(5, 1), null);
        var mutation = new Mutation("counter-01", 1, Guid.CreateVersion7(), "ticket.issue", payload, HybridTimestamp.Create(5, 1), null, string.Empty, hash);

        var response = await transport.PushAsync(new PushRequest(SyncProtocol.Version, "counter-01", [mutation]), CancellationToken.None);

        Assert.Equal(1, response.LastApplied);
        Assert.Equal("gzip", _seenEncoding);
        Assert.Equal("counter-01", _seenNode);
        Assert.Equal(Key, _seenKey);
        var received = Assert.Single(_seenPush!.Mutations);
        Assert.Equal(payload.GetRawText(), received.Payload.GetRawText());
        Assert.Equal(mutation.Hlc, received.Hlc);
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_as_unreachable()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var transport = new HttpSyncTransport(http, new HubCredentials("counter-01", Key), NullLogger<HttpSyncTransport>.Instance);

        var error = await Assert.ThrowsAsync<HubUnreachableException>(() =>
            transport.PullAsync(new PullRequest(SyncProtocol.Version, "counter-01", 0, 10), CancellationToken.None));

        Assert.Equal("pull", error.Operation);
        Assert.Equal(3, _pullCalls);
    }

    [Fact]
    public async Task A_refusal_is_reported_as_refused_not_retried()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var transport = new HttpSyncTransport(http, new HubCredentials("counter-01", Key), NullLogger<HttpSyncTransport>.Instance);

        var error = await Assert.ThrowsAsync<HubRequestRefusedException>(() =>
            transport.BootstrapAsync(new BootstrapRequest(SyncProtocol.Version, "counter-01", null, 10), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_timeout_and_a_closed_port_are_unreachable()
    {
        using (var slow = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromMilliseconds(200) })
        {
            var transport = new HttpSyncTransport(slow, new HubCredentials("counter-01", Key), NullLogger<HttpSyncTransport>.Instance);
            await Assert.ThrowsAsync<HubUnreachableException>(() =>
                transport.NextNumberAsync(new NumberRequest(SyncProtocol.Version, "counter-01", new NumberSeries(NumberSeriesKind.Ticket, "A", new DateOnly(2026, 11, 26))), CancellationToken.None));
        }

        var closedPort = new Uri($"http://127.0.0.1:{_address.Port}");
        await _server.StopAsync();
        using var http = new HttpClient { BaseAddress = closedPort };
        var offline = new HttpSyncTransport(http, new HubCredentials("counter-01", Key), NullLogger<HttpSyncTransport>.Instance);
        await Assert.ThrowsAsync<HubUnreachableException>(() =>
            offline.LeaseReserveAsync(new ReserveLeaseRequest(SyncProtocol.Version, "counter-01", new NumberSeries(NumberSeriesKind.Ticket, "A", new DateOnly(2026, 11, 26)), 5), CancellationToken.None));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
