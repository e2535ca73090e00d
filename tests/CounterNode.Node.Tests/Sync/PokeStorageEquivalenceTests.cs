using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Tests.Sync;

/// <summary>
/// The poke fast path binds through SQLite directly (UTF-8 JSON, text cursor and clock): the file
/// it leaves must hold exactly what the pull path stores, byte for byte and type for type.
/// </summary>
public sealed class PokeStorageEquivalenceTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task A_poke_and_a_pull_page_store_the_same_rows_and_sync_state()
    {
        // Vietnamese with diacritics, escapes, a long id (past the on-stack encoding) and a nested document.
        var longId = "hồ-sơ/" + new string('đ', 120);
        var changes = new List<EntityChange>
        {
            new(11, "dossier", longId, "counter:3", Json("""{"tenNguoiNop":"Nguyễn Thị Ánh","ghiChu":"dòng 1\ndòng \"2\"","soTrang":3,"tep":[{"ten":"đơn.pdf"}]}""")),
            new(12, "ticket", "vé-Ư-01", "center", Json("""{"so":1,"hang":"Đăng ký khai sinh","emoji":"\ud83d\ude00"}""")),
            new(13, "dossier", longId, "counter:3", Json("""{"tenNguoiNop":"Nguyễn Thị Ánh","trangThai":"Đã tiếp nhận"}""")),
        };
        var poked = await BootstrappedAsync("counter-poke");
        var pulled = await BootstrappedAsync("counter-pull");

        Assert.Equal(PokeApplyOutcome.Applied,
            await poked.ApplyPokeAsync(new SyncPoke(13, 10, changes, HybridTimestamp.Create(5_000, 0).Value), CancellationToken.None));
        await pulled.ApplyPullAsync(new PullResponse(changes, 13, false, 0, false, HybridTimestamp.Create(5_000, 0)), CancellationToken.None);
        await poked.DisposeAsync();
        await pulled.DisposeAsync();

        var pokeRows = Dump("counter-poke");
        var pullRows = Dump("counter-pull");
        Assert.Equal(pullRows, pokeRows);
        Assert.Contains(pokeRows, r => r.StartsWith("server_entity|dossier|" + longId + "|counter:3|text:{\"tenNguoiNop\":\"Nguyễn Thị Ánh\",\"trangThai\"", StringComparison.Ordinal));
        Assert.Contains("sync_state|cursor|text:13", pokeRows);
    }

    private async Task<NodeReplica> BootstrappedAsync(string nodeId)
    {
        var replica = _replicas.Open(nodeId);
        await replica.ApplySnapshotAsync([], 10, 0, CancellationToken.None);
        return replica;
    }

    // Every stored row with each value's SQLite type (text vs integer vs blob matters).
    private List<string> Dump(string nodeId)
    {
        using var raw = new SqliteConnection($"Data Source={_replicas.FilePath(nodeId)};Pooling=False");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = """
            SELECT 'server_entity|' || type || '|' || id || '|' || scope || '|' || typeof(data) || ':' || data || '|' || typeof(version) || ':' || version FROM server_entity
            UNION ALL
            SELECT 'sync_state|' || key || '|' || typeof(value) || ':' || value FROM sync_state WHERE key IN ('cursor', 'hlc', 'bootstrapped', 'last_applied')
            ORDER BY 1
            """;
        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public void Dispose() => _replicas.Dispose();
}
