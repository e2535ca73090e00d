using System.Net;
using System.Text.Json;

namespace CounterNode.CitizenSimulator;

/// <summary>A node's answer: success with its JSON, or the problem's Vietnamese detail.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Parsed JSON body (null when empty).</param>
internal sealed record ApiAnswer(HttpStatusCode Status, JsonElement? Body)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>A string property of the body, or null.</summary>
    public string? Text(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The problem's stable code (e.g. <c>queue.empty</c>), or null.</summary>
    public string? Code => Text("code");

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement? body = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON (an HTML error page): the status says enough.
            }
        }

        return new ApiAnswer(response.StatusCode, body);
    }
}
