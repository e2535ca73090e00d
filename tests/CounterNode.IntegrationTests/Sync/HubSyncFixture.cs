using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Shared.Sync;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// One real Hub process (the repository's appsettings.json: embedded SQLite from an empty
/// data/ folder, the dev nodes counter-01/counter-02) on a free loopback port, shared by a test class.
/// </summary>
public sealed class HubSyncFixture() : HubProcessFixture("cn-hubsync-", $"--Hub:Sync:AdminKey={AdminKey}")
{
    public const string AdminKey = "integration-admin-key-0123456789";
    public const string Counter1 = "counter-01";
    public const string Counter2 = "counter-02";

    public HubTestOutbox Outbox1 { get; } = new(Counter1);

    public string DatabaseFile => Path.Combine(Hub.WorkingDirectory, "data", "hub.db");

    public static string KeyOf(string node) => $"dev-key-{node}-change-me";

    public HttpClient Client(string? node = Counter1, string? key = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (node is not null)
        {
            http.DefaultRequestHeaders.Add(SyncProtocol.NodeIdHeader, node);
            http.DefaultRequestHeaders.Add(SyncProtocol.NodeKeyHeader, key ?? KeyOf(node));
        }

        return http;
    }

    /// <summary>A JSON body in the protocol's wire format, gzip-compressed as nodes send pushes.</summary>
    public static HttpContent Gzip<T>(T value)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, SyncJson.Options);
        return GzipBytes(json);
    }

    public static HttpContent GzipBytes(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(raw);
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    /// <summary>The node's lastApplied and the Hub's head, as a pull from 0 shows them.</summary>
    public async Task<(long LastApplied, long Head, int Changes)> StateOfAsync(string node)
    {
        using var http = Client(node);
        using var response = await http.PostAsJsonAsync(SyncProtocol.PullPath, new PullRequest(SyncProtocol.Version, node, 0, SyncProtocol.MaxPullLimit), SyncJson.Options);
        response.EnsureSuccessStatusCode();
        var pull = (await response.Content.ReadFromJsonAsync<PullResponse>(SyncJson.Options))!;
        return (pull.LastApplied, pull.Cursor, pull.Changes.Count);
    }
}
