using System.Text.Json;

namespace CounterNode.Hub.Sync;

/// <summary>Turns stored entity JSON back into elements for responses and mutators.</summary>
internal static class EntityJson
{
    /// <summary>The parsed state, or null for a deletion (null text).</summary>
    public static JsonElement? Parse(string? data)
    {
        if (data is null)
            return null;
        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}
