namespace CounterNode.Shared.Catalogue;

/// <summary>A counter of the hall (entity <c>catalogue.counter</c>, id = number as decimal text).</summary>
/// <param name="Number">Counter number, 1–999.</param>
/// <param name="Services">Prefixes of the services it calls (at least one).</param>
/// <param name="Departments">Codes of the departments whose dossiers it receives.</param>
/// <param name="Shared">True when several departments' officers share it (rotation applies).</param>
public sealed record CounterEntity(
    int Number,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Departments,
    bool Shared = false);
