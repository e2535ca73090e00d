using System.Globalization;
using CounterNode.Shared.Sync;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>SQL over <c>reserve_block</c> and <c>number_usage</c>.</summary>
internal static class NumberTables
{
    public static void RecordUsage(SqliteConnection connection, SqliteTransaction transaction, NumberSeries series, int number, NumberSource source, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO number_usage (kind, series, day, number, source, used_at) VALUES ($k, $s, $d, $n, $src, $at)
            """;
        AddSeries(command, series);
        command.Parameters.AddWithValue("$n", number);
        command.Parameters.AddWithValue("$src", source.ToString());
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public static bool IsUsed(SqliteConnection connection, SqliteTransaction? transaction, NumberSeries series, int number)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM number_usage WHERE kind = $k AND series = $s AND day = $d AND number = $n";
        AddSeries(command, series);
        command.Parameters.AddWithValue("$n", number);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    public static void AddBlock(SqliteConnection connection, SqliteTransaction transaction, NumberSeries series, int first, int last, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO reserve_block (kind, series, day, first, last, next, leased_at) VALUES ($k, $s, $d, $f, $l, $f, $at)
            ON CONFLICT DO NOTHING
            """;
        AddSeries(command, series);
        command.Parameters.AddWithValue("$f", first);
        command.Parameters.AddWithValue("$l", last);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>Takes the lowest unused number of the series' blocks, or null when they are exhausted.</summary>
    public static int? TakeFromReserve(SqliteConnection connection, SqliteTransaction transaction, NumberSeries series)
    {
        int first, next;
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = """
                SELECT first, next FROM reserve_block
                WHERE kind = $k AND series = $s AND day = $d AND next <= last
                ORDER BY first LIMIT 1
                """;
            AddSeries(select, series);
            using var reader = select.ExecuteReader();
            if (!reader.Read())
                return null;
            first = reader.GetInt32(0);
            next = reader.GetInt32(1);
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE reserve_block SET next = next + 1 WHERE kind = $k AND series = $s AND day = $d AND first = $f";
        AddSeries(update, series);
        update.Parameters.AddWithValue("$f", first);
        update.ExecuteNonQuery();
        return next;
    }

    /// <summary>Numbers still unused in the series' blocks.</summary>
    public static int Remaining(SqliteConnection connection, SqliteTransaction? transaction, NumberSeries series)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT COALESCE(SUM(last - next + 1), 0) FROM reserve_block
            WHERE kind = $k AND series = $s AND day = $d AND next <= last
            """;
        AddSeries(command, series);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void AddSeries(SqliteCommand command, NumberSeries series)
    {
        command.Parameters.AddWithValue("$k", series.Kind.ToString());
        command.Parameters.AddWithValue("$s", series.Key);
        command.Parameters.AddWithValue("$d", series.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
