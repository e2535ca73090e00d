namespace CounterNode.Hub.Configuration;

/// <summary>The database engines the Hub supports.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default for demos and small centers.</summary>
    Sqlite,

    /// <summary>PostgreSQL.</summary>
    PostgreSql,

    /// <summary>Microsoft SQL Server (production at most centers).</summary>
    SqlServer,
}
