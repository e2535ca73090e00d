using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>Conflict records to board rows.</summary>
public static class ConflictProjection
{
    /// <summary>Newest first; a record whose JSON cannot be read still shows, with a generic text.</summary>
    public static IReadOnlyList<ConflictView> Project(IEnumerable<ConflictRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .OrderByDescending(r => r.LastVersion)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new ConflictView(r.Id, r.Kind, MessageOf(r), r.LastVersion))
            .ToList();
    }

    private static string MessageOf(ConflictRecord record)
    {
        try
        {
            return JsonSerializer.Deserialize<ConflictEntity>(record.Data, MutatorJson.Options)?.Message ?? "Xung đột chưa đọc được.";
        }
        catch (JsonException)
        {
            return "Xung đột chưa đọc được.";
        }
    }
}
