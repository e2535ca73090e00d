using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>How to open a <see cref="NodeReplica"/>.</summary>
/// <param name="NodeId">This node's id (stamped on every mutation).</param>
/// <param name="ConnectionString">
/// SQLite connection string: a file (<c>Data Source=/var/lib/counternode/node.db</c>) in
/// production, or a shared in-memory database (<c>Data Source=file:n1?mode=memory&amp;cache=shared</c>) in simulations.
/// </param>
/// <param name="MaxClockDrift">How far ahead of local time a Hub clock reading may be (null = the clock's default).</param>
public sealed record NodeReplicaOptions(string NodeId, string ConnectionString, TimeSpan? MaxClockDrift = null)
{
    /// <summary>File name of the replica inside the node's data directory.</summary>
    public const string FileName = "node.db";

    /// <summary>Options for the replica file in <paramref name="dataDirectory"/>.</summary>
    public static NodeReplicaOptions ForDirectory(string nodeId, string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(dataDirectory, FileName)),
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One long-lived connection per replica; pooling would only keep closed files open.
            Pooling = false,
        };
        return new NodeReplicaOptions(nodeId, builder.ToString());
    }
}
