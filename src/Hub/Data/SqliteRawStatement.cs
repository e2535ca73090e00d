using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CounterNode.Hub.Data;

/// <summary>
/// One prepared SQLite statement run directly through SQLitePCL, bound by position: the push path
/// runs about seven statements per pushed ticket, and Microsoft.Data.Sqlite's per-execution work
/// (finding each parameter by name, a data reader per statement) cost about as much as SQLite's own.
/// Values are bound as Microsoft.Data.Sqlite binds them through EF's mappings: text, 64-bit integers,
/// GUIDs as upper-case text. Anything else is left to the ADO.NET path (<see cref="TryBind"/> is false).
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    // SQLite parameter index (1-based) of @p0, @p1, … (statements may name them in any order).
    private readonly int[] _indexes;

    private SqliteRawStatement(sqlite3 db, sqlite3_stmt statement, int[] indexes)
    {
        _db = db;
        _statement = statement;
        _indexes = indexes;
    }

    /// <summary>Prepares a single statement with parameters <c>@p0..@pN</c>; null when it is not one (then use ADO.NET).</summary>
    public static SqliteRawStatement? Prepare(sqlite3 db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sql);
        if (sql.Contains(';', StringComparison.Ordinal))
            return null;
        var rc = raw.sqlite3_prepare_v2(db, sql, out var prepared);
        if (rc != raw.SQLITE_OK || prepared is null)
        {
            prepared?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
            return null;
        }

        var statement = prepared;

        var count = raw.sqlite3_bind_parameter_count(statement);
        var indexes = new int[count];
        for (var i = 0; i < count; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, "@p" + i.ToString(CultureInfo.InvariantCulture));
            if (indexes[i] == 0)
            {
                statement.Dispose();
                return null;
            }
        }

        return new SqliteRawStatement(db, statement, indexes);
    }

    /// <summary>Binds the values; false (nothing left bound) when one has a type this path does not bind.</summary>
    public bool TryBind(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _indexes.Length)
            return false;
        for (var i = 0; i < values.Count; i++)
        {
            var index = _indexes[i];
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                Guid guid => raw.sqlite3_bind_text(_statement, index, guid.ToString("D").ToUpperInvariant()),
                _ => -1,
            };
            if (rc == -1)
            {
                raw.sqlite3_clear_bindings(_statement);
                return false;
            }

            if (rc != raw.SQLITE_OK)
            {
                raw.sqlite3_clear_bindings(_statement);
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }

        return true;
    }

    /// <summary>Runs the bound statement to its end.</summary>
    public void Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the bound query and returns its first row (text, 64-bit integers, nulls), or null when it has none.</summary>
    public object?[]? FirstRow()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
                return null;
            if (rc != raw.SQLITE_ROW)
                SqliteException.ThrowExceptionForRC(rc, _db);
            var row = new object?[raw.sqlite3_column_count(_statement)];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = raw.sqlite3_column_type(_statement, i) switch
                {
                    raw.SQLITE_NULL => null,
                    raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, i),
                    raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, i).utf8_to_string(),
                    var type => throw new InvalidOperationException($"Column {i} holds SQLite type {type}, which the push path does not read."),
                };
            }

            return row;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();
}
