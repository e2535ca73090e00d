using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.Shared.Sync;
using Polly;
using Polly.Retry;

namespace CounterNode.Node.Sync;

/// <summary>
/// <see cref="ISyncTransport"/> over HTTP to the Hub. Push bodies are gzip-compressed (a day of
/// outbox after an outage compresses ~10×). Idempotent calls (push, pull, bootstrap) are retried
/// briefly with Polly on transport errors; number requests are not (they have a deadline and
/// fall back to the reserve) and neither are leases (a repeated lease would waste a block).
/// </summary>
public sealed partial class HttpSyncTransport : ISyncTransport
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly HubCredentials _credentials;
    private readonly ILogger<HttpSyncTransport> _logger;
    private readonly ResiliencePipeline _retry;

    /// <param name="http">Client whose <see cref="HttpClient.BaseAddress"/> is the Hub and whose timeout is the request timeout.</param>
    /// <param name="credentials">The node's id and key, sent on every request.</param>
    /// <param name="logger">Logger (never given the key).</param>
    /// <param name="time">Clock for retry delays.</param>
    public HttpSyncTransport(HttpClient http, HubCredentials credentials, ILogger<HttpSyncTransport> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _credentials = credentials;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HubUnreachableException>(),
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    /// <inheritdoc />
    public Task<PushResponse> PushAsync(PushRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Mutations.Count > SyncProtocol.MaxPushMutations)
            throw new ArgumentException($"A push carries at most {SyncProtocol.MaxPushMutations} mutations, not {request.Mutations.Count}.", nameof(request));
        var json = JsonSerializer.SerializeToUtf8Bytes(request, SyncJson.Options);
        if (json.Length > SyncProtocol.MaxPushBytes)
            throw new ArgumentException($"A push body is at most {SyncProtocol.MaxPushBytes} bytes, not {json.Length}.", nameof(request));
        var compressed = Gzip(json);
        return WithRetry(ct => SendAsync<PushResponse>("push", SyncProtocol.PushPath, () =>
        {
            var content = new ByteArrayContent(compressed);
            content.Headers.ContentType = JsonMediaType;
            content.Headers.ContentEncoding.Add("gzip");
            return content;
        }, ct), cancellationToken);
    }

    /// <inheritdoc />
    public Task<PullResponse> PullAsync(PullRequest request, CancellationToken cancellationToken) =>
        WithRetry(ct => SendAsync<PullResponse>("pull", SyncProtocol.PullPath, () => Json(request), ct), cancellationToken);

    /// <inheritdoc />
    public Task<BootstrapResponse> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken) =>
        WithRetry(ct => SendAsync<BootstrapResponse>("bootstrap", SyncProtocol.BootstrapPath, () => Json(request), ct), cancellationToken);

    /// <inheritdoc />
    public Task<NumberResponse> NextNumberAsync(NumberRequest request, CancellationToken cancellationToken) =>
        SendAsync<NumberResponse>("numbers", SyncProtocol.NumbersPath, () => Json(request), cancellationToken);

    /// <inheritdoc />
    public Task<ReserveLeaseResponse> LeaseReserveAsync(ReserveLeaseRequest request, CancellationToken cancellationToken) =>
        SendAsync<ReserveLeaseResponse>("reserve", SyncProtocol.ReservePath, () => Json(request), cancellationToken);

    private async Task<T> WithRetry<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async ct => await send(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<T> SendAsync<T>(string operation, string path, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content() };
        message.Headers.Add(SyncProtocol.NodeIdHeader, _credentials.NodeId);
        message.Headers.Add(SyncProtocol.NodeKeyHeader, _credentials.Key);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(_logger, operation, ex.Message);
            throw new HubUnreachableException(operation, ex.Message, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel.
            LogUnreachable(_logger, operation, "timed out");
            throw new HubUnreachableException(operation, "request timed out", ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    return await response.Content.ReadFromJsonAsync<T>(SyncJson.Options, cancellationToken).ConfigureAwait(false)
                        ?? throw new HubUnreachableException(operation, "empty answer");
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException)
                {
                    throw new HubUnreachableException(operation, $"answer could not be read: {ex.Message}", ex);
                }
            }

            var detail = await ReadDetailAsync(response, cancellationToken).ConfigureAwait(false);
            if (IsTransient(response.StatusCode))
            {
                LogUnreachable(_logger, operation, $"{(int)response.StatusCode} {detail}");
                throw new HubUnreachableException(operation, $"{(int)response.StatusCode} {response.StatusCode}: {detail}");
            }

            LogRefused(_logger, operation, (int)response.StatusCode, detail);
            throw new HubRequestRefusedException(operation, response.StatusCode, detail);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static async Task<string> ReadDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return text.Length <= 500 ? text : text[..500];
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
    }

    private static JsonContent Json<T>(T body) => JsonContent.Create(body, JsonMediaType, SyncJson.Options);

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Hub unreachable during {Operation}: {Problem}")]
    private static partial void LogUnreachable(ILogger logger, string operation, string problem);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Hub refused {Operation} with {StatusCode}: {Detail}")]
    private static partial void LogRefused(ILogger logger, string operation, int statusCode, string detail);
}
