using System.Globalization;
using System.Text.Json;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Persistence;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>
/// Print jobs in a small SQLite file in the node's data directory (WAL, synchronous=FULL: a job
/// reported stored survives power loss).
/// </summary>
public sealed class SqlitePrintJobStore : IPrintJobStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly DurableSqliteFile _file;
    private readonly TimeProvider _time;

    private SqlitePrintJobStore(DurableSqliteFile file, TimeProvider time)
    {
        _file = file;
        _time = time;
    }

    /// <summary>Opens (creating if needed) the job database at <paramref name="path"/>.</summary>
    public static SqlitePrintJobStore Open(string path, TimeProvider time)
    {
        var file = DurableSqliteFile.Open(path, """
            CREATE TABLE IF NOT EXISTS print_jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                printer TEXT NOT NULL,
                kind TEXT NOT NULL,
                document TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                possibly_printed INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                printed_at TEXT NULL,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_print_jobs_open ON print_jobs (printer, state, id);
            """);
        return new SqlitePrintJobStore(file, time);
    }

    public async Task<PrintJob> AddAsync(string printerName, IPrintDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = _time.GetUtcNow();
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO print_jobs (printer, kind, document, state, created_at, updated_at)
            VALUES ($printer, $kind, $document, $state, $now, $now) RETURNING id;
            """;
        command.Parameters.AddWithValue("$printer", printerName);
        command.Parameters.AddWithValue("$kind", document.Kind);
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(document, Json));
        command.Parameters.AddWithValue("$state", nameof(PrintJobState.Pending));
        command.Parameters.AddWithValue("$now", now.ToString("O", CultureInfo.InvariantCulture));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return new PrintJob
        {
            Id = id,
            PrinterName = printerName,
            Document = document,
            State = PrintJobState.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public async Task<PrintJob?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<PrintJob>> GetUnfinishedAsync(string printerName, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} WHERE printer = $printer AND state IN ('Pending', 'Printing', 'Held') ORDER BY id;";
        command.Parameters.AddWithValue("$printer", printerName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var jobs = new List<PrintJob>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(Read(reader));
        }

        return jobs;
    }

    public async Task UpdateAsync(PrintJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.UpdatedAt = _time.GetUtcNow();
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE print_jobs SET state = $state, attempts = $attempts, possibly_printed = $possibly,
                updated_at = $updated, printed_at = $printed, last_error = $error
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", job.Id);
        command.Parameters.AddWithValue("$state", job.State.ToString());
        command.Parameters.AddWithValue("$attempts", job.Attempts);
        command.Parameters.AddWithValue("$possibly", job.PossiblyPrinted ? 1 : 0);
        command.Parameters.AddWithValue("$updated", job.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$printed", (object?)job.PrintedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$error", (object?)job.LastError ?? DBNull.Value);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (rows != 1)
        {
            throw new InvalidOperationException($"Print job {job.Id} does not exist.");
        }
    }

    private const string Select = "SELECT id, printer, document, state, attempts, possibly_printed, created_at, updated_at, printed_at, last_error FROM print_jobs";

    private static PrintJob Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        PrinterName = reader.GetString(1),
        Document = JsonSerializer.Deserialize<IPrintDocument>(reader.GetString(2), Json)
            ?? throw new InvalidDataException($"Print job {reader.GetInt64(0)} has no document."),
        State = Enum.Parse<PrintJobState>(reader.GetString(3)),
        Attempts = reader.GetInt32(4),
        PossiblyPrinted = reader.GetInt32(5) != 0,
        CreatedAt = DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
        UpdatedAt = DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
        PrintedAt = reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
        LastError = reader.IsDBNull(9) ? null : reader.GetString(9),
    };

    private SqliteConnection Connect() => _file.Connect();
}
