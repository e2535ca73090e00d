namespace CounterNode.Hub.Data;

/// <summary>
/// PostgreSQL form of one of the push path's row inserts: all rows of a flush in ONE statement
/// with one array parameter per column (<c>INSERT ... SELECT * FROM unnest(@p0::bigint[], ...)</c>).
/// A multi-row VALUES list of a few hundred rows costs PostgreSQL more to parse and plan than
/// to execute; the unnest form is one short, reusable statement whatever the row count.
/// </summary>
internal sealed class PostgresBulkInsert
{
    private readonly Type[] _columnTypes;

    private PostgresBulkInsert(string table, string columns, (string PgType, Type ClrType)[] types)
    {
        _columnTypes = [.. types.Select(t => t.ClrType)];
        var arrays = string.Join(", ", types.Select((t, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "::" + t.PgType + "[]"));
        Sql = $"INSERT INTO {table} ({columns}) SELECT * FROM unnest({arrays})";
    }

    /// <summary>The statement; <c>@p0..@pN</c> are one array per column.</summary>
    public string Sql { get; }

    /// <summary>The bulk form of a row insert of <see cref="HubSql"/>, or null when it has none.</summary>
    public static PostgresBulkInsert? For(string insertSql) => ByInsert.GetValueOrDefault(insertSql);

    /// <summary>Turns rows (each the values of the row insert, in column order) into one array per column.</summary>
    public object[] Columns(IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = new object[_columnTypes.Length];
        for (var c = 0; c < _columnTypes.Length; c++)
        {
            // Typed arrays filled without Array.SetValue (no reflection or boxing per cell).
            var type = _columnTypes[c];
            if (type == typeof(string))
            {
                var texts = new string?[rows.Count];
                for (var r = 0; r < rows.Count; r++)
                    texts[r] = (string?)rows[r][c];
                columns[c] = texts;
            }
            else if (type == typeof(long))
            {
                var numbers = new long[rows.Count];
                for (var r = 0; r < rows.Count; r++)
                {
                    numbers[r] = rows[r][c] switch
                    {
                        long value => value,
                        null => throw new InvalidOperationException($"Column {c} of a bulk insert is not nullable."),
                        var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
                    };
                }

                columns[c] = numbers;
            }
            else
            {
                var array = Array.CreateInstance(type, rows.Count);
                for (var r = 0; r < rows.Count; r++)
                    array.SetValue(rows[r][c] ?? throw new InvalidOperationException($"Column {c} of a bulk insert is not nullable."), r);
                columns[c] = array;
            }
        }

        return columns;
    }

    private static readonly Dictionary<string, PostgresBulkInsert> ByInsert = new(StringComparer.Ordinal)
    {
        [HubSql.InsertChange] = new("change_log", "version, entity_type, entity_id, scope, data, node_id, mutation_id, previous_hash, hash",
        [
            ("bigint", typeof(long)), ("text", typeof(string)), ("text", typeof(string)), ("text", typeof(string)), ("text", typeof(string)),
            ("text", typeof(string)), ("bigint", typeof(long)), ("text", typeof(string)), ("text", typeof(string)),
        ]),
        [HubSql.InsertEntity] = new("entities", "type, id, scope, version, data",
        [
            ("text", typeof(string)), ("text", typeof(string)), ("text", typeof(string)), ("bigint", typeof(long)), ("text", typeof(string)),
        ]),
        [HubSql.InsertAppliedMutation] = new("applied_mutations",
            "node_id, mutation_id, id, type, payload, hlc, officer, previous_hash, hash, status, reason_code, reason, hub_version, applied_at_ms",
        [
            ("text", typeof(string)), ("bigint", typeof(long)), ("uuid", typeof(Guid)), ("text", typeof(string)), ("text", typeof(string)),
            ("bigint", typeof(long)), ("text", typeof(string)), ("text", typeof(string)), ("text", typeof(string)), ("text", typeof(string)),
            ("text", typeof(string)), ("text", typeof(string)), ("bigint", typeof(long)), ("bigint", typeof(long)),
        ]),
    };
}
