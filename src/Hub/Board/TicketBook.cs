using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>
/// The tickets of one center-local day, kept in memory and moved forward from the change log
/// (each entry carries the ticket's full new state), so a board refresh never scans all
/// tickets ever printed. Not thread-safe: one broadcaster owns it.
/// </summary>
public sealed class TicketBook
{
    private readonly Dictionary<Guid, TicketEntity> _tickets = [];

    /// <summary>Starts empty for <paramref name="day"/>.</summary>
    public TicketBook(DateOnly day) => Day = day;

    /// <summary>The day kept.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>Highest change-log version applied.</summary>
    public long Version { get; private set; }

    /// <summary>The day's tickets.</summary>
    public IReadOnlyCollection<TicketEntity> Tickets => _tickets.Values;

    /// <summary>Forgets everything and keeps <paramref name="day"/> from <paramref name="version"/> on.</summary>
    public void Reset(DateOnly day, long version)
    {
        _tickets.Clear();
        Day = day;
        Version = version;
    }

    /// <summary>
    /// Applies one ticket state (JSON written by the mutators; null = deleted) at
    /// <paramref name="version"/>. Tickets of other days are dropped; unreadable JSON is
    /// ignored (returns false) so one bad row cannot stop the board.
    /// </summary>
    public bool Apply(string id, string? json, long version)
    {
        ArgumentNullException.ThrowIfNull(id);
        Version = Math.Max(Version, version);
        if (!Guid.TryParse(id, out var key))
            return false;
        if (json is null)
            return _tickets.Remove(key);

        TicketEntity? ticket;
        try
        {
            ticket = JsonSerializer.Deserialize<TicketEntity>(json, MutatorJson.Options);
        }
        catch (JsonException)
        {
            return false;
        }

        if (ticket is null || ticket.Day != Day)
        {
            _tickets.Remove(key);
            return false;
        }

        _tickets[key] = ticket;
        return true;
    }

    /// <summary>Marks the book as current up to <paramref name="version"/> (nothing of interest in between).</summary>
    public void AdvanceTo(long version) => Version = Math.Max(Version, version);
}
