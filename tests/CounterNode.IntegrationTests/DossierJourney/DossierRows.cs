using System.Text.Json.Nodes;
using CounterNode.Node.Storage;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Data.Sqlite;

namespace CounterNode.IntegrationTests.DossierJourney;

/// <summary>
/// Reads the dossier entities (<c>dossier</c>, <c>dossier-status</c>) straight from the SQLite
/// files — the Hub's <c>entities</c> table and the node's confirmed replica (<c>server_entity</c>)
/// — read-only, next to the running processes, to check that both hold the same state.
/// </summary>
internal static class DossierRows
{
    private static readonly string[] Types = [DossierEntityTypes.Dossier, DossierEntityTypes.Status];

    /// <summary>Entities held by the Hub, keyed "type/id", value "scope|version|canonical JSON".</summary>
    public static SortedDictionary<string, string> AtHub(string hubDatabase) =>
        Read(hubDatabase, "SELECT type, id, scope, version, data FROM entities WHERE type IN ($a, $b) AND data IS NOT NULL");

    /// <summary>Entities the node holds as confirmed by the Hub.</summary>
    public static SortedDictionary<string, string> AtNode(string nodeDataDirectory) =>
        Read(Path.Combine(nodeDataDirectory, NodeReplicaOptions.FileName), "SELECT type, id, scope, version, data FROM server_entity WHERE type IN ($a, $b)");

    /// <summary>The node's unconfirmed work: outbox entries and optimistic overlay rows.</summary>
    public static long PendingAtNode(string nodeDataDirectory)
    {
        using var connection = Open(Path.Combine(nodeDataDirectory, NodeReplicaOptions.FileName));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM local_entity)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The dossier <paramref name="code"/> as the Hub stores it.</summary>
    public static JsonNode? DossierAtHub(string hubDatabase, string code) =>
        AtHub(hubDatabase).TryGetValue($"{DossierEntityTypes.Dossier}/{code}", out var row) ? JsonNode.Parse(row.Split('|', 3)[2]) : null;

    private static SortedDictionary<string, string> Read(string file, string sql)
    {
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", Types[0]);
        command.Parameters.AddWithValue("$b", Types[1]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Canonical JSON (parsed and re-written) so formatting differences between stores do not count.
            var data = JsonNode.Parse(reader.GetString(4))!.ToJsonString();
            rows[$"{reader.GetString(0)}/{reader.GetString(1)}"] = $"{reader.GetString(2)}|{reader.GetInt64(3)}|{data}";
        }

        return rows;
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
