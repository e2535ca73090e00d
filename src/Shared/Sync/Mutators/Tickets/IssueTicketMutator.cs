using System.Text.Json;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>ticket.issue</c>: a ticket was printed. A FACT — the paper exists — so it is accepted
/// even when its number looks wrong; a number printed twice (a reserve block misused, a
/// restored backup) is recorded as a <see cref="ConflictKind.DuplicateNumber"/> conflict and
/// both tickets are flagged, so the board can sort it out with the citizens.
/// </summary>
public sealed class IssueTicketMutator : IMutator
{
    /// <inheritdoc />
    public string Type => TicketMutationTypes.Issue;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<IssueTicketPayload>(Type, payload);
        Validate(p);
        if (entities.Get(TicketEntityTypes.Ticket, p.TicketId.ToString("D")) is not null)
            throw new TicketAlreadyExistsException(p.TicketId);

        var scope = p.Scope ?? SyncScope.Center;
        var key = TicketNumberIndex.Key(p.Day, p.Prefix, p.Number);
        var index = entities.Get(TicketEntityTypes.TicketNumber, key) is { } existing
            ? MutatorJson.ReadState<TicketNumberIndex>(existing)
            : new TicketNumberIndex([]);
        var holders = index.Tickets.Append(p.TicketId).Order().ToList();
        entities.Put(TicketEntityTypes.TicketNumber, key, SyncScope.Center, MutatorJson.ToElement(new TicketNumberIndex(holders)));

        var duplicate = holders.Count > 1;
        TicketRules.Save(entities, new TicketEntity(
            p.TicketId, p.Prefix, p.Number, p.Day, p.Service, context.NodeId, context.Hlc.Value,
            TicketStatus.Waiting, Call: null, ClosedAt: null, DuplicateNumber: duplicate), scope);
        if (!duplicate)
            return;

        foreach (var other in index.Tickets)
        {
            var ticket = TicketRules.Load(entities, other);
            if (!ticket.DuplicateNumber)
                TicketRules.Save(entities, ticket with { DuplicateNumber = true }, TicketRules.ScopeOf(entities, other));
        }

        TicketRules.SaveConflict(entities, new ConflictEntity(
            "number:" + key, ConflictKind.DuplicateNumber, holders, Winner: null, Losers: [],
            $"Số {p.Prefix}{p.Number:D3} ngày {p.Day:dd/MM/yyyy} được in {holders.Count} lần."));
    }

    private void Validate(IssueTicketPayload p)
    {
        if (p.TicketId == Guid.Empty)
            throw new InvalidMutationPayloadException(Type, "ticketId is required.");
        if (string.IsNullOrEmpty(p.Prefix) || p.Prefix.Length > 4 || !p.Prefix.All(char.IsAsciiLetterUpper))
            throw new InvalidMutationPayloadException(Type, "prefix must be 1-4 upper-case ASCII letters.");
        if (p.Number <= 0)
            throw new InvalidMutationPayloadException(Type, "number must be positive.");
        if (p.Scope is not null && !SyncScope.IsValid(p.Scope))
            throw new InvalidMutationPayloadException(Type, "scope is not a valid sync scope.");
    }
}
