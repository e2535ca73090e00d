using System.Diagnostics.CodeAnalysis;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// Entity types of the center's catalogue. Every catalogue entity lives in scope
/// <c>center</c> (every node sees it) and is written only by <c>catalogue.put</c> /
/// <c>catalogue.remove</c> issued at the Hub. States are JSON in the camelCase shape of
/// <see cref="Sync.Mutators.MutatorJson.Options"/> (same as <see cref="Sync.SyncJson.Options"/> for these records).
/// </summary>
public static class CatalogueEntityTypes
{
    /// <summary>The center itself (<see cref="CenterEntity"/>), always with id <see cref="CenterId"/>.</summary>
    public const string Center = "catalogue.center";

    /// <summary>A department (Sở, ngành) keyed by its code (<see cref="DepartmentEntity"/>).</summary>
    public const string Department = "catalogue.department";

    /// <summary>A queue service keyed by its ticket prefix (<see cref="ServiceEntity"/>).</summary>
    public const string Service = "catalogue.service";

    /// <summary>An administrative procedure keyed by its code (<see cref="ProcedureEntity"/>).</summary>
    public const string Procedure = "catalogue.procedure";

    /// <summary>A counter keyed by its number (<see cref="CounterEntity"/>).</summary>
    public const string Counter = "catalogue.counter";

    /// <summary>An officer keyed by officer id (<see cref="OfficerEntity"/>).</summary>
    public const string Officer = "catalogue.officer";

    /// <summary>A priority category keyed by a slug (<see cref="PriorityCategoryEntity"/>).</summary>
    public const string PriorityCategory = "catalogue.priority-category";

    /// <summary>The administrator's calendar overrides of one year, keyed by the year (<see cref="CalendarYearEntity"/>).</summary>
    public const string CalendarYear = "catalogue.calendar-year";

    /// <summary>The only id of the <see cref="Center"/> entity.</summary>
    public const string CenterId = "center";

    /// <summary>Every catalogue entity type, in the order a full catalogue is best written (referenced types first).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Center, Department, PriorityCategory, Service, Procedure, Counter, Officer, CalendarYear];

    /// <summary>True when <paramref name="type"/> is a catalogue entity type.</summary>
    public static bool IsCatalogue([NotNullWhen(true)] string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
