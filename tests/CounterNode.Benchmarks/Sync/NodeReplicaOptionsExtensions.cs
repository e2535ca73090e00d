using CounterNode.Node.Storage;
using Microsoft.Data.Sqlite;

namespace CounterNode.Benchmarks.Sync;

internal static class NodeReplicaOptionsExtensions
{
    /// <summary>Creates the folder of the replica file.</summary>
    public static NodeReplicaOptions EnsureDirectory(this NodeReplicaOptions options)
    {
        var path = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return options;
    }
}
