using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CounterNode.Hub.Data;

/// <summary>
/// Raw statements on the connection and transaction of a <see cref="HubDbContext"/>, without
/// EF's change tracker: the push hot path queues its writes here and flushes them at once.
/// Parameters are created through EF's type mappings, so values are stored exactly as EF
/// stores them (e.g. GUIDs as upper-case text on SQLite). SQLite runs each statement on a
/// cached prepared statement bound by position through SQLitePCL (<see cref="SqliteRawStatement"/>;
/// in-process, a round trip costs nothing; a JSON-array bulk insert
/// was measured and was not faster). On PostgreSQL rows inserted by the same statement become
/// one statement over one array per column (<see cref="PostgresBulkInsert"/>; binary COPY was
/// measured: the same server CPU, one more round trip per table); on SQL Server,
/// multi-row VALUES lists in multi-statement commands. A whole push costs a handful of round trips.
/// </summary>
internal sealed class HubSqlSession : IAsyncDisposable
{
    // SQL Server accepts at most 2,100 parameters per command; stay well below it everywhere.
    private const int MaxParametersPerCommand = 2_000;
    private const int MaxStatementsPerCommand = 250;
    // SQL Server accepts at most 1,000 rows per VALUES list; smaller chunks keep SQLite's statements cached.
    private const int MaxRowsPerInsert = 100;
    private const string ValuesKeyword = "VALUES ";

    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly IRelationalTypeMappingSource _mappings;
    private readonly bool _prepareEach;
    private readonly bool _postgres;
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);
    // SQLite: statements run through SQLitePCL (null: this statement goes through ADO.NET).
    private readonly Dictionary<string, SqliteRawStatement?> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, RelationalTypeMapping> _mappingByType = [];
    private readonly Dictionary<DbCommand, Type?[]> _parameterTypes = [];
    private readonly List<(string Sql, object?[] Values)> _queue = [];

    public HubSqlSession(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _connection = db.Database.GetDbConnection();
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _mappings = db.GetService<IRelationalTypeMappingSource>();
        _prepareEach = db.Database.IsSqlite();
        _postgres = db.Database.IsNpgsql();
    }

    /// <summary>True for SQLite: statements cost no round trip, so set-wise prefetching does not pay.</summary>
    public bool IsInProcess => _prepareEach;

    /// <summary>True for PostgreSQL (array parameters and its own bulk statements).</summary>
    public bool IsPostgres => _postgres;

    /// <summary>
    /// Queues a statement for <see cref="FlushAsync"/>. Statements may run in another order than
    /// queued (inserts are merged per table), so they must not depend on each other.
    /// </summary>
    public void Queue(string sql, params object?[] values) => _queue.Add((sql, values));

    /// <summary>Runs every queued statement (on servers, inserts merged per table; on SQLite one cached statement per row).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_prepareEach)
        {
            // In-process: one cached statement per queued row, run synchronously (Microsoft.Data.Sqlite
            // has no real asynchronous I/O), grouped by statement in first-appearance order as the
            // servers' merge does (each table written in one run). No LINQ and no per-row name or
            // value arrays: this loop runs about five times per pushed ticket.
            var groups = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
            var order = new List<(string Sql, List<object?[]> Rows)>();
            foreach (var (sql, values) in _queue)
            {
                if (!groups.TryGetValue(sql, out var rows))
                {
                    rows = [];
                    groups[sql] = rows;
                    order.Add((sql, rows));
                }

                rows.Add(values);
            }

            foreach (var (sql, rows) in order)
            {
                var statement = Raw(sql);
                foreach (var values in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (statement is not null && statement.TryBind(values))
                        statement.Execute();
                    else
                        Bind(sql, PositionalNames, values).ExecuteNonQuery();
                }
            }
        }
        else
        {
            var units = MergeInserts();
            var index = 0;
            while (index < units.Count)
            {
                await using var command = NewCommand();
                var text = new StringBuilder();
                var parameters = 0;
                var statements = 0;
                while (index < units.Count && statements < MaxStatementsPerCommand &&
                       (statements == 0 || parameters + units[index].Values.Count <= MaxParametersPerCommand))
                {
                    var unit = units[index++];
                    // Our statements hold no string literals: every '@' starts a parameter name.
                    var prefix = "s" + statements.ToString(CultureInfo.InvariantCulture) + "_";
                    text.Append(unit.Sql.Replace("@", "@" + prefix, StringComparison.Ordinal)).Append(";\n");
                    AddParameters(command, unit.Names, unit.Values, prefix);
                    parameters += unit.Values.Count;
                    statements++;
                }

                command.CommandText = text.ToString();
                await PrepareOnServerAsync(command, cancellationToken);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        _queue.Clear();
    }

    // Servers only (SQLite binds parameters by a linear name search, so wide statements cost it
    // more than its free round trips): inserts into the same table become one bulk statement
    // (PostgreSQL: unnest over one array per column) or multi-row INSERT ... VALUES (...), (...)
    // chunks (SQL Server: standard SQL, under its 2,100-parameter limit).
    // Statements are grouped by text (first-appearance order), which is why queued statements
    // must not depend on each other's order (the writer queues each row's final state once).
    private List<SqlUnit> MergeInserts()
    {
        var queue = _queue.Select((item, position) => (item.Sql, item.Values, position))
            .GroupBy(item => item.Sql, StringComparer.Ordinal)
            .SelectMany(group => group)
            .Select(item => (item.Sql, item.Values))
            .ToList();
        var units = new List<SqlUnit>();
        var index = 0;
        while (index < queue.Count)
        {
            var (sql, values) = queue[index];
            if (_postgres && PostgresBulkInsert.For(sql) is { } bulk)
            {
                var rows = new List<object?[]>();
                while (index < queue.Count && string.Equals(queue[index].Sql, sql, StringComparison.Ordinal))
                    rows.Add(queue[index++].Values);
                var columns = bulk.Columns(rows);
                units.Add(new SqlUnit(bulk.Sql, [.. Enumerable.Range(0, columns.Length).Select(ParameterName)], columns));
                continue;
            }

            var valuesAt = sql.IndexOf(ValuesKeyword, StringComparison.Ordinal);
            var run = 1;
            if (valuesAt > 0 && sql.StartsWith("INSERT ", StringComparison.Ordinal))
            {
                var rowsPerChunk = Math.Max(1, Math.Min(MaxRowsPerInsert, MaxParametersPerCommand / Math.Max(1, values.Length)));
                while (index + run < queue.Count && run < rowsPerChunk && string.Equals(queue[index + run].Sql, sql, StringComparison.Ordinal))
                    run++;
            }

            if (run == 1)
            {
                units.Add(new SqlUnit(sql, [.. Enumerable.Range(0, values.Length).Select(ParameterName)], [.. values]));
            }
            else
            {
                var head = sql[..(valuesAt + ValuesKeyword.Length)];
                var row = sql[(valuesAt + ValuesKeyword.Length)..];
                var text = new StringBuilder(head);
                var names = new List<string>(run * values.Length);
                var all = new List<object?>(run * values.Length);
                for (var r = 0; r < run; r++)
                {
                    var rowPrefix = "@r" + r.ToString(CultureInfo.InvariantCulture);
                    if (r > 0)
                        text.Append(", ");
                    text.Append(row.Replace("@p", rowPrefix + "p", StringComparison.Ordinal));
                    var rowValues = queue[index + r].Values;
                    for (var i = 0; i < rowValues.Length; i++)
                    {
                        names.Add(rowPrefix + "p" + i.ToString(CultureInfo.InvariantCulture));
                        all.Add(rowValues[i]);
                    }
                }

                units.Add(new SqlUnit(text.ToString(), names, all));
            }

            index += run;
        }

        return units;
    }

    private static string ParameterName(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    // @p0, @p1, … built once: the hot path binds by position without allocating names per row.
    private static readonly string[] PositionalNames = [.. Enumerable.Range(0, MaxParametersPerCommand + 1).Select(ParameterName)];

    /// <summary>
    /// Runs a query and returns its first row (strings, 64-bit integers, nulls), or null when it has
    /// none. Synchronous: called from inside the mutators' read callback. SQLite runs it through
    /// SQLitePCL (<see cref="SqliteRawStatement"/>).
    /// </summary>
    public object?[]? QueryFirstRow(string sql, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var statement = Raw(sql);
        if (statement is not null && statement.TryBind(values))
            return statement.FirstRow();
        using var reader = Command(sql, values).ExecuteReader();
        if (!reader.Read())
            return null;
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return row;
    }

    /// <summary>Runs a query and maps every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, object?[] values, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var command = Command(sql, values);
        await PrepareOnServerAsync(command, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAllAsync(reader, map, cancellationToken);
    }

    /// <summary>Runs a statement with two result sets and maps the rows of each.</summary>
    public async Task<(List<T1> First, List<T2> Second)> QueryTwoAsync<T1, T2>(
        string sql, object?[] values, Func<DbDataReader, T1> mapFirst, Func<DbDataReader, T2> mapSecond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapFirst);
        ArgumentNullException.ThrowIfNull(mapSecond);
        var command = Command(sql, values);
        await PrepareOnServerAsync(command, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var first = await ReadAllAsync(reader, mapFirst, cancellationToken);
        if (!await reader.NextResultAsync(cancellationToken))
            throw new InvalidOperationException("The statement returned one result set; two were expected.");
        return (first, await ReadAllAsync(reader, mapSecond, cancellationToken));
    }

    // Every row of the reader's current result set.
    private static async Task<List<T>> ReadAllAsync<T>(DbDataReader reader, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _raw.Values)
            statement?.Dispose();
        _raw.Clear();
        foreach (var command in _prepared.Values)
            await command.DisposeAsync();
        _prepared.Clear();
    }

    private DbCommand Command(string sql, object?[] values) =>
        values.Length < PositionalNames.Length
            ? Bind(sql, PositionalNames, values)
            : Bind(sql, [.. Enumerable.Range(0, values.Length).Select(ParameterName)], values);

    // A cached command with these values bound. Its parameters are reused while each value has
    // the CLR type it was created for (EF's mapping set the provider type once, e.g. GUIDs as
    // text on SQLite); a null keeps the parameter; anything else is recreated through the mapping.
    private DbCommand Bind(string sql, IReadOnlyList<string> names, IReadOnlyList<object?> values)
    {
        var command = Prepared(sql);
        if (!_parameterTypes.TryGetValue(command, out var types) || types.Length != values.Count)
        {
            command.Parameters.Clear();
            AddParameters(command, names, values, string.Empty);
            _parameterTypes[command] = [.. values.Select(v => v?.GetType())];
            return command;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value is null)
            {
                command.Parameters[i].Value = DBNull.Value;
            }
            else if (types[i] == value.GetType())
            {
                command.Parameters[i].Value = value;
            }
            else
            {
                command.Parameters[i] = Mapping(value.GetType()).CreateParameter(command, names[i], value, nullable: false);
                types[i] = value.GetType();
            }
        }

        return command;
    }

    // PostgreSQL: the push path's few statement texts are prepared once per physical connection
    // (Npgsql keeps them across pooled opens and finds them again without a round trip), which saves
    // their parse and plan on every push, about as much server time as a push of 100 spends in
    // inserting one table. Only when every parameter has a value: a typeless null would fix the
    // prepared parameter's type from one execution's context.
    private async Task PrepareOnServerAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!_postgres)
            return;
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is null || parameter.Value is DBNull)
                return;
        }

        await command.PrepareAsync(cancellationToken);
    }

    // The SQLitePCL statement for this text on SQLite while the connection is open; null elsewhere.
    private SqliteRawStatement? Raw(string sql)
    {
        if (!_prepareEach || _connection is not SqliteConnection { State: ConnectionState.Open, Handle: { } handle })
            return null;
        if (!_raw.TryGetValue(sql, out var statement))
        {
            statement = SqliteRawStatement.Prepare(handle, sql);
            _raw[sql] = statement;
        }

        return statement;
    }

    private DbCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = NewCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        return command;
    }

    private DbCommand NewCommand()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        return command;
    }

    private void AddParameters(DbCommand command, IReadOnlyList<string> names, IReadOnlyList<object?> values, string prefix)
    {
        for (var i = 0; i < values.Count; i++)
        {
            // Names start with '@'; a prefix goes right after it.
            var name = prefix.Length == 0 ? names[i] : "@" + prefix + names[i][1..];
            var value = values[i];
            if (value is null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
                continue;
            }

            command.Parameters.Add(Mapping(value.GetType()).CreateParameter(command, name, value, nullable: false));
        }
    }

    private RelationalTypeMapping Mapping(Type type)
    {
        if (!_mappingByType.TryGetValue(type, out var mapping))
        {
            mapping = _mappings.FindMapping(type)
                ?? throw new InvalidOperationException($"The database provider has no mapping for {type.Name}.");
            _mappingByType[type] = mapping;
        }

        return mapping;
    }
}
