namespace CounterNode.Hub.Data;

/// <summary>
/// PostgreSQL form of the push path's set read of entities: every (type, id) a batch will read,
/// of all types, in ONE statement over two arrays. Each key is looked up through the primary
/// key in a nested loop (the <c>OFFSET 0</c> keeps the lateral subquery from being flattened):
/// the portable <c>type = @p0 AND id IN (...)</c> form let the planner, on a table not analysed
/// since it grew, scan every row of the type through a bitmap and filter (about 6 ms per 500 ids at
/// 100,000 rows, growing with the table), and a 500-parameter statement is costly to parse and plan.
/// </summary>
internal static class PostgresEntityRead
{
    /// <summary>Ids per statement (arrays have no parameter limit; this bounds one statement's work).</summary>
    public const int MaxKeys = 5_000;

    private const string Select = "SELECT e.type, e.id, e.scope, e.version, e.data FROM unnest(";
    private const string ByPrimaryKey =
        ") AS k(type, id) CROSS JOIN LATERAL (SELECT type, id, scope, version, data FROM entities WHERE entities.type = k.type AND entities.id = k.id OFFSET 0) AS e";

    /// <summary>The statement: <c>@p0</c> the types, <c>@p1</c> the ids (pairwise, same length).</summary>
    public const string SelectByKeys = Select + "@p0::text[], @p1::text[]" + ByPrimaryKey;

    /// <summary>
    /// A push's first round trip: the writers' lock, both heads (<see cref="HubSql.LockAndSelectHeads"/>,
    /// <c>@p0</c> the node) and the entities of the first prefetch round (<c>@p1</c> types, <c>@p2</c> ids),
    /// read after the lock is held. Two result sets: the heads, then the entities.
    /// </summary>
    public const string LockHeadsAndSelectByKeys = HubSql.LockAndSelectHeads + ";\n" + Select + "@p1::text[], @p2::text[]" + ByPrimaryKey;

    /// <summary>The two array parameters for a set of keys.</summary>
    public static (string[] Types, string[] Ids) Arrays(IReadOnlyCollection<(string Type, string Id)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var types = new string[keys.Count];
        var ids = new string[keys.Count];
        var i = 0;
        foreach (var (type, id) in keys)
        {
            types[i] = type;
            ids[i] = id;
            i++;
        }

        return (types, ids);
    }
}
