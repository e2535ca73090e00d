using System.Globalization;
using CounterNode.Node.Persistence;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Which dossier notices (Mẫu 02, Mẫu 04) this node has printed, in a small SQLite file in the
/// node's data directory (WAL, synchronous=FULL), so a restart, a re-pull or a replica reset
/// never prints a notice twice. A notice is claimed before it is printed and marked done once
/// its print job is stored; a claim left open by a crash in between is released at start and
/// printed again (a rare second copy rather than a lost notice). Keys hold dossier codes only.
/// </summary>
public sealed class PrintedNoticeStore
{
    private readonly DurableSqliteFile _file;
    private readonly TimeProvider _time;

    private PrintedNoticeStore(DurableSqliteFile file, TimeProvider time)
    {
        _file = file;
        _time = time;
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and releases claims a crash left open.</summary>
    public static PrintedNoticeStore Open(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var file = DurableSqliteFile.Open(path, """
            CREATE TABLE IF NOT EXISTS printed_notice (
                notice_key TEXT PRIMARY KEY,
                claimed_at TEXT NOT NULL,
                done INTEGER NOT NULL DEFAULT 0,
                print_job INTEGER NULL);
            DELETE FROM printed_notice WHERE done = 0;
            """);
        return new PrintedNoticeStore(file, time);
    }

    /// <summary>Claims a notice; false when it was already claimed (printed, or being printed).</summary>
    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO printed_notice (notice_key, claimed_at) VALUES ($key, $at);";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks a claimed notice as printed (its job stored, or no printer configured).</summary>
    public async Task MarkDoneAsync(string key, long? printJob, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE printed_notice SET done = 1, print_job = $job WHERE notice_key = $key;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$job", printJob is { } job ? job : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases a claim whose printing failed, so it is tried again.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM printed_notice WHERE notice_key = $key AND done = 0;";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keys of the notices printed, in key order.</summary>
    public async Task<IReadOnlyList<string>> PrintedAsync(CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT notice_key FROM printed_notice WHERE done = 1 ORDER BY notice_key;";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            keys.Add(reader.GetString(0));
        return keys;
    }

    private SqliteConnection Connect() => _file.Connect();
}
