using System.Globalization;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>The catalogue facts the rotation rules check (counters, officers), read through the mutator's entity session.</summary>
internal static class RotationCatalogue
{
    /// <summary>The shared counter <paramref name="number"/>.</summary>
    /// <exception cref="CounterNotSharedException">Not in the catalogue, or not shared.</exception>
    public static CounterEntity SharedCounter(IEntitySession entities, int number)
    {
        var entity = entities.Get(CatalogueEntityTypes.Counter, number.ToString(CultureInfo.InvariantCulture));
        if (entity is null)
            throw new CounterNotSharedException(number, exists: false);
        var counter = MutatorJson.ReadState<CounterEntity>(entity);
        return counter.Shared ? counter : throw new CounterNotSharedException(number, exists: true);
    }

    /// <summary>The active officer <paramref name="id"/>.</summary>
    /// <exception cref="UnknownOfficerException">Not in the catalogue, or inactive.</exception>
    public static OfficerEntity ActiveOfficer(IEntitySession entities, string id)
    {
        var entity = entities.Get(CatalogueEntityTypes.Officer, id);
        var officer = entity is null ? null : MutatorJson.ReadState<OfficerEntity>(entity);
        return officer is { Active: true } ? officer : throw new UnknownOfficerException(id);
    }
}
