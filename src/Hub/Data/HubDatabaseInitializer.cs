using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Data;

/// <summary>
/// Creates the schema on first start and seeds the configured nodes. EF migrations are not
/// generated yet: the schema comes from <c>EnsureCreated</c> and carries a version row
/// (<see cref="SchemaInfoRecord"/>); a database of another version is refused rather than
/// silently used.
/// </summary>
public static class HubDatabaseInitializer
{
    /// <summary>Creates the schema if needed, checks its version, seeds the sync state row and the nodes.</summary>
    public static async Task InitializeAsync(HubDbContext db, IEnumerable<NodeSeed> nodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(nodes);
        if (db.Database.IsSqlite())
        {
            // WAL: readers (pulls) never block the writer and vice versa; persistent per file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.EnsureCreatedAsync(cancellationToken);

        var schema = await db.SchemaInfo.SingleOrDefaultAsync(cancellationToken);
        if (schema is null)
            db.SchemaInfo.Add(new SchemaInfoRecord { Version = SchemaInfoRecord.CurrentVersion });
        else if (schema.Version < SchemaInfoRecord.CurrentVersion)
            await UpgradeAsync(db, schema, cancellationToken);
        else if (schema.Version != SchemaInfoRecord.CurrentVersion)
            throw new SchemaVersionMismatchException(schema.Version, SchemaInfoRecord.CurrentVersion);

        if (!await db.SyncState.AnyAsync(cancellationToken))
            db.SyncState.Add(new SyncStateRecord());

        // The Hub's own changes are recorded as the built-in node "hub" (HubMutationIssuer). Its
        // key is a random secret that is thrown away: nobody can authenticate as the Hub.
        if (await db.Nodes.FindAsync([HubMutationIssuer.HubNodeId], cancellationToken) is null)
        {
            db.Nodes.Add(new NodeRecord
            {
                NodeId = HubMutationIssuer.HubNodeId,
                KeyHash = NodeKeyHasher.Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
                Scopes = SyncScope.All,
            });
        }

        foreach (var seed in nodes)
        {
            if (seed.Id == HubMutationIssuer.HubNodeId)
                throw new InvalidOperationException($"Hub:Nodes: '{HubMutationIssuer.HubNodeId}' is reserved for the Hub's own changes.");
            Validate(seed);
            var keyHash = NodeKeyHasher.Hash(seed.Key);
            var scopes = string.Join(' ', seed.Scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var node = await db.Nodes.FindAsync([seed.Id], cancellationToken);
            if (node is null)
            {
                db.Nodes.Add(new NodeRecord { NodeId = seed.Id, KeyHash = keyHash, Scopes = scopes });
            }
            else
            {
                node.KeyHash = keyHash;
                node.Scopes = scopes;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Older schema: run the upgrade steps one version at a time, each with its version bump in
    // one transaction (a crash between steps resumes at the step that did not commit).
    private static async Task UpgradeAsync(HubDbContext db, SchemaInfoRecord schema, CancellationToken cancellationToken)
    {
        while (schema.Version < SchemaInfoRecord.CurrentVersion)
        {
            var statements = HubSchemaUpgrades.Step(schema.Version, db.Database.IsSqlServer())
                ?? throw new SchemaVersionMismatchException(schema.Version, SchemaInfoRecord.CurrentVersion);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var statement in statements)
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            schema.Version++;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static void Validate(NodeSeed seed)
    {
        if (string.IsNullOrWhiteSpace(seed.Id) || seed.Id.Length > 64)
            throw new InvalidOperationException("Hub:Nodes: every node needs an Id of 1-64 characters.");
        if (string.IsNullOrEmpty(seed.Key) || seed.Key.Length < 16)
            throw new InvalidOperationException($"Hub:Nodes: node '{seed.Id}' needs a Key of at least 16 characters.");
        if (seed.Scopes.Count == 0 || seed.Scopes.Any(s => !SyncScope.IsValidGrant(s)))
            throw new InvalidOperationException($"Hub:Nodes: node '{seed.Id}' needs scopes like center, dept:CODE, counter:N or *.");
    }
}
