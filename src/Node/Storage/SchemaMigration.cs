namespace CounterNode.Node.Storage;

/// <summary>One step of the replica's schema, applied once, in order, inside a transaction.</summary>
/// <param name="Version">Schema version this step brings the database to (1, 2, 3… without gaps).</param>
/// <param name="Name">Short description kept in <c>schema_version</c> for operators.</param>
/// <param name="Sql">The DDL/DML of the step.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql);
