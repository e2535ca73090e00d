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

    /// <summary>The statement: <c>@p0</c> the types, <c>@p1</c> the ids (pairwise, same length).</summary>
    public const string SelectByKeys =
        "SELECT e.type, e.id, e.scope, e.version, e.data FROM unnest(@p0::text[], @p1::text[]) AS k(type, id) " +
        "CROSS JOIN LATERAL (SELECT type, id, scope, version, data FROM entities WHERE entities.type = k.type AND entities.id = k.id OFFSET 0) AS e";
}
