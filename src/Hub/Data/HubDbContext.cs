using CounterNode.Shared.Sync;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Data;

/// <summary>
/// The Hub's database. Table and column names are lower snake_case and every type is
/// portable (strings, 64-bit integers, dates, GUIDs), so SQLite, PostgreSQL and SQL Server
/// share one model and the few raw statements need no quoting.
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    public DbSet<NodeRecord> Nodes => Set<NodeRecord>();

    public DbSet<AppliedMutationRecord> AppliedMutations => Set<AppliedMutationRecord>();

    public DbSet<EntityRecord> Entities => Set<EntityRecord>();

    public DbSet<ChangeLogRecord> ChangeLog => Set<ChangeLogRecord>();

    public DbSet<SyncStateRecord> SyncState => Set<SyncStateRecord>();

    public DbSet<NumberSeriesRecord> NumberSeries => Set<NumberSeriesRecord>();

    public DbSet<ReserveLeaseRecord> ReserveLeases => Set<ReserveLeaseRecord>();

    public DbSet<ConflictRecord> Conflicts => Set<ConflictRecord>();

    public DbSet<SchemaInfoRecord> SchemaInfo => Set<SchemaInfoRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<NodeRecord>(e =>
        {
            e.ToTable("nodes");
            e.HasKey(x => x.NodeId);
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(64);
            e.Property(x => x.KeyHash).HasColumnName("key_hash").HasMaxLength(64);
            e.Property(x => x.Scopes).HasColumnName("scopes").HasMaxLength(1000);
            e.Property(x => x.LastApplied).HasColumnName("last_applied");
            e.Property(x => x.LastHash).HasColumnName("last_hash").HasMaxLength(64);
            e.Property(x => x.LastPulledVersion).HasColumnName("last_pulled_version");
            e.Property(x => x.LastPulledAtMs).HasColumnName("last_pulled_at_ms");
        });

        modelBuilder.Entity<AppliedMutationRecord>(e =>
        {
            e.ToTable("applied_mutations");
            e.HasKey(x => new { x.NodeId, x.MutationId });
            e.HasIndex(x => new { x.NodeId, x.HubVersion, x.MutationId }).HasDatabaseName("ix_applied_mutations_node_version");
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(64);
            e.Property(x => x.MutationId).HasColumnName("mutation_id");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Type).HasColumnName("type").HasMaxLength(100);
            e.Property(x => x.Payload).HasColumnName("payload");
            e.Property(x => x.Hlc).HasColumnName("hlc");
            e.Property(x => x.Officer).HasColumnName("officer").HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64);
            e.Property(x => x.Hash).HasColumnName("hash").HasMaxLength(64);
            e.Property(x => x.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReasonCode).HasColumnName("reason_code").HasMaxLength(100);
            e.Property(x => x.Reason).HasColumnName("reason").HasMaxLength(2000);
            e.Property(x => x.HubVersion).HasColumnName("hub_version");
            e.Property(x => x.AppliedAtMs).HasColumnName("applied_at_ms");
        });

        modelBuilder.Entity<EntityRecord>(e =>
        {
            e.ToTable("entities");
            e.HasKey(x => new { x.Type, x.Id });
            // No index on scope: ticket ids are random GUIDs, so a (scope, type, id) index took a
            // random-page insert per entity write — about as many dirty pages per push as
            // everything else together. A scoped bootstrap walks the primary key instead (one
            // pass over the table in total, in pages).
            e.Property(x => x.Type).HasColumnName("type").HasMaxLength(64);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(200);
            e.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(64);
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Data).HasColumnName("data");
        });

        modelBuilder.Entity<ChangeLogRecord>(e =>
        {
            e.ToTable("change_log");
            e.HasKey(x => x.Version);
            e.Property(x => x.Version).HasColumnName("version").ValueGeneratedNever();
            e.HasIndex(x => new { x.Scope, x.Version }).HasDatabaseName("ix_change_log_scope_version");
            e.Property(x => x.EntityType).HasColumnName("entity_type").HasMaxLength(64);
            e.Property(x => x.EntityId).HasColumnName("entity_id").HasMaxLength(200);
            e.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(64);
            e.Property(x => x.Data).HasColumnName("data");
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(64);
            e.Property(x => x.MutationId).HasColumnName("mutation_id");
            e.Property(x => x.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64);
            e.Property(x => x.Hash).HasColumnName("hash").HasMaxLength(64);
        });

        modelBuilder.Entity<SyncStateRecord>(e =>
        {
            e.ToTable("sync_state");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.LastHash).HasColumnName("last_hash").HasMaxLength(64);
            e.Property(x => x.RetainedFrom).HasColumnName("retained_from");
            e.Property(x => x.RetainedAnchorHash).HasColumnName("retained_anchor_hash").HasMaxLength(64);
        });

        modelBuilder.Entity<NumberSeriesRecord>(e =>
        {
            e.ToTable("number_series");
            e.HasKey(x => new { x.Kind, x.Key, x.Day });
            e.Property(x => x.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Key).HasColumnName("series_key").HasMaxLength(32);
            e.Property(x => x.Day).HasColumnName("day");
            e.Property(x => x.Last).HasColumnName("last_number");
            e.Property(x => x.ReserveFloor).HasColumnName("reserve_floor");
        });

        modelBuilder.Entity<ReserveLeaseRecord>(e =>
        {
            e.ToTable("reserve_leases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.Kind, x.Key, x.Day, x.First }).IsUnique().HasDatabaseName("ux_reserve_leases_block");
            e.Property(x => x.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Key).HasColumnName("series_key").HasMaxLength(32);
            e.Property(x => x.Day).HasColumnName("day");
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(64);
            e.Property(x => x.First).HasColumnName("first_number");
            e.Property(x => x.Last).HasColumnName("last_number");
            e.Property(x => x.LeasedAtMs).HasColumnName("leased_at_ms");
        });

        modelBuilder.Entity<ConflictRecord>(e =>
        {
            e.ToTable("conflicts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(200);
            e.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(64);
            e.Property(x => x.Data).HasColumnName("data");
            e.Property(x => x.FirstVersion).HasColumnName("first_version");
            e.Property(x => x.LastVersion).HasColumnName("last_version");
        });

        modelBuilder.Entity<SchemaInfoRecord>(e =>
        {
            e.ToTable("schema_info");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(x => x.Version).HasColumnName("version");
        });
    }

    /// <summary>
    /// Takes the writers' lock: every transaction that writes versions or numbers runs this
    /// first, so writers are serialised and a reader never sees version V+1 committed before V.
    /// PostgreSQL and SQL Server hold the row lock to commit; SQLite holds its single write lock
    /// from BEGIN IMMEDIATE already.
    /// </summary>
    public Task LockWritersAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync(LockWritersSql, cancellationToken);

    /// <summary>The writers' lock statement; plain SQL valid on SQLite, PostgreSQL and SQL Server (checked by a T-SQL parser test).</summary>
    public const string LockWritersSql = "UPDATE sync_state SET version = version WHERE id = 1";
}
