using System.Text.Json;
using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Reads a sync request body with the protocol's JSON options and a hard size limit that holds
/// after decompression (a small gzip bomb cannot expand past it).
/// </summary>
internal static class SyncRequestBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
            throw new BatchTooLargeException($"The body has {request.ContentLength} bytes; at most {maxBytes} are accepted.");
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            throw new MalformedSyncRequestException("The body must be application/json.");
        await using var limited = new SizeLimitedReadStream(request.Body, maxBytes);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(limited, SyncJson.Options, cancellationToken)
                ?? throw new MalformedSyncRequestException("The body is empty (JSON null).");
        }
        catch (JsonException ex)
        {
            throw new MalformedSyncRequestException($"The body is not valid JSON for {typeof(T).Name}: {ex.Message}");
        }
    }
}
