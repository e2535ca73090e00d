using System.Collections.Frozen;
using System.Text.Json;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>Finds the mutator of a mutation type and runs it. Immutable and thread-safe.</summary>
public sealed class MutatorRegistry
{
    private readonly FrozenDictionary<string, IMutator> _mutators;

    /// <exception cref="ArgumentException">Two mutators claim the same type.</exception>
    public MutatorRegistry(IEnumerable<IMutator> mutators)
    {
        ArgumentNullException.ThrowIfNull(mutators);
        var byType = new Dictionary<string, IMutator>(StringComparer.Ordinal);
        foreach (var mutator in mutators)
        {
            if (!byType.TryAdd(mutator.Type, mutator))
                throw new ArgumentException($"Two mutators handle '{mutator.Type}'.", nameof(mutators));
        }

        _mutators = byType.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every mutator of this build (queue tickets for now).</summary>
    public static MutatorRegistry Default { get; } = new(
    [
        new IssueTicketMutator(),
        new CallTicketMutator(),
        new FinishTicketMutator(),
        new NoShowTicketMutator(),
        new MarkTicketPriorityMutator(),
        new TransferTicketMutator(),
        new StartServiceMutator(),
        new CounterPauseMutator(pause: true),
        new CounterPauseMutator(pause: false),
        new CounterNode.Shared.Devices.DeviceStatusMutator(),
        new CounterNode.Shared.Hall.HallRecallMutator(),
        new CounterNode.Shared.Rotation.PutRotationEntryMutator(),
        new CounterNode.Shared.Rotation.RemoveRotationEntryMutator(),
        new CounterNode.Shared.Rotation.RecordAbsenceMutator(),
        new CounterNode.Shared.Rotation.AssignReserveMutator(),
        new CounterNode.Shared.Rotation.CancelAbsenceMutator(),
        new CounterNode.Shared.Catalogue.CataloguePutMutator(),
        new CounterNode.Shared.Catalogue.CatalogueRemoveMutator(),
        new CounterNode.Shared.Dossiers.Mutators.ReceiveDossierMutator(),
        new CounterNode.Shared.Dossiers.Mutators.RefuseDossierMutator(),
        new CounterNode.Shared.Dossiers.Mutators.TransferDossierMutator(),
        new CounterNode.Shared.Dossiers.Mutators.StartProcessingMutator(),
        new CounterNode.Shared.Dossiers.Mutators.RequestSupplementMutator(),
        new CounterNode.Shared.Dossiers.Mutators.SupplementedMutator(),
        new CounterNode.Shared.Dossiers.Mutators.ResultReadyMutator(),
        new CounterNode.Shared.Dossiers.Mutators.ReportDelayMutator(),
        new CounterNode.Shared.Dossiers.Mutators.ReturnDossierMutator(),
    ]);

    /// <summary>Mutation types handled.</summary>
    public IEnumerable<string> Types => _mutators.Keys;

    /// <summary>True when a mutator handles <paramref name="type"/>.</summary>
    public bool Handles(string type) => _mutators.ContainsKey(type);

    /// <summary>Runs the mutator of <paramref name="type"/>.</summary>
    /// <exception cref="UnknownMutationTypeException">No mutator handles the type.</exception>
    /// <exception cref="Errors.DomainException">The rules refuse the mutation.</exception>
    public void Apply(string type, MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        if (!_mutators.TryGetValue(type, out var mutator))
            throw new UnknownMutationTypeException(type);
        mutator.Apply(context, payload, entities);
    }

    /// <summary>Runs a pushed or queued mutation.</summary>
    public void Apply(Mutation mutation, IEntitySession entities, bool isAuthoritative)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        Apply(mutation.Type, MutationContext.From(mutation, isAuthoritative), mutation.Payload, entities);
    }
}
