namespace CounterNode.Shared.Catalogue;

/// <summary>A queue service (entity <c>catalogue.service</c>, id = <paramref name="Prefix"/>).</summary>
/// <param name="Prefix">Ticket prefix, 1–2 upper-case letters (e.g. <c>A</c>).</param>
/// <param name="Name">Name on the kiosk button and the ticket.</param>
/// <param name="Departments">Codes of the departments whose procedures the service covers (at least one).</param>
/// <param name="Priority">Priority rule of the queue.</param>
/// <param name="NormalsBetween">With <see cref="ServicePriority.Interleaved"/>: normal tickets between two priority ones (1–20).</param>
public sealed record ServiceEntity(
    string Prefix,
    string Name,
    IReadOnlyList<string> Departments,
    ServicePriority Priority = ServicePriority.Strict,
    int NormalsBetween = 1);
