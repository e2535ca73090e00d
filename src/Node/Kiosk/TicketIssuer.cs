using CounterNode.Node.Catalogue;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Queue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Tickets;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Kiosk;

/// <summary>
/// Issues a queue ticket: checks working hours, takes a number (Hub online, else this node's
/// reserve), records <c>ticket.issue</c> (and <c>ticket.mark-priority</c>) durably, and only
/// then prints. A crash between number and mutation leaves a gap, never a duplicate.
/// </summary>
public sealed partial class TicketIssuer(
    QueueCatalog catalog,
    QueueClock clock,
    QueueReader reader,
    INodeReplica replica,
    INumberAllocator numbers,
    IServiceProvider services,
    ICatalogue catalogue,
    IOptions<QueueOptions> options,
    ILogger<TicketIssuer> logger)
{
    /// <summary>Issues and prints a ticket.</summary>
    /// <exception cref="OutsideWorkingHoursException">Outside working hours.</exception>
    /// <exception cref="UnknownServiceException">No such service.</exception>
    /// <exception cref="ReserveExhaustedException">Hub unreachable and no reserve left.</exception>
    public async Task<IssuedTicket> IssueAsync(KioskTicketRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = catalog.Get(request.Service);
        var priority = ParsePriority(request.Priority);
        clock.EnsureOpen();

        var day = clock.Today;
        var number = await numbers.AllocateAsync(new NumberSeries(NumberSeriesKind.Ticket, service.Prefix, day), cancellationToken).ConfigureAwait(false);
        var ticketId = Guid.CreateVersion7(clock.Time.GetUtcNow());
        await replica.MutateAsync(TicketMutationTypes.Issue,
            MutatorJson.ToElement(new IssueTicketPayload(ticketId, service.Prefix, number.Number, day, service.Prefix)),
            officer: null, cancellationToken).ConfigureAwait(false);
        if (priority is { } category)
        {
            await replica.MutateAsync(MarkTicketPriorityMutator.MutationType,
                MutatorJson.ToElement(new TicketPriorityPayload(ticketId, category)), officer: null, cancellationToken).ConfigureAwait(false);
        }

        var view = await reader.ReadAsync(day, cancellationToken).ConfigureAwait(false);
        var waiting = view.Waiting();
        var self = waiting.FirstOrDefault(t => t.Id == ticketId)
            ?? new WaitingTicket(ticketId, service.Prefix, number.Number, long.MaxValue, priority is not null);
        var ahead = WaitEstimator.PeopleAhead(self, waiting);
        var wait = WaitEstimator.Estimate(ahead, view.ServiceTimes(service.Prefix), service.Counters.Count, options.Value.DefaultServiceTime);
        var text = new TicketNumber(service.Prefix, number.Number).Format();
        var issuedAt = clock.Time.GetUtcNow().ToOffset(clock.Calendar.UtcOffset);
        var priorityName = priority is { } c ? PriorityCategoryNames.Vietnamese(c) : null;

        var jobId = await PrintAsync(new QueueTicketDocument(
            CenterName(), text, service.Name, service.CounterHint, ahead, wait, issuedAt,
            options.Value.FollowUrlBase + text, priorityName), cancellationToken).ConfigureAwait(false);
        LogIssued(logger, text, number.Source, ahead);
        return new IssuedTicket(ticketId, text, service.Prefix, service.Name, service.CounterHint, ahead,
            (int)Math.Ceiling(wait.TotalMinutes), issuedAt, priorityName, number.Source.ToString().ToLowerInvariant(), jobId);
    }

    // The Hub's catalogue names the center once synced; the node's setting covers the first start offline.
    private string CenterName() => catalogue.Current.Center?.Name is { Length: > 0 } name ? name : options.Value.CenterName;

    private static PriorityCategory? ParsePriority(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Enum.TryParse<PriorityCategory>(text, ignoreCase: true, out var byName) && Enum.IsDefined(byName) && !char.IsAsciiDigit(text[0]))
            return byName;
        if (PriorityCategoryNames.TryParse(text, out var byVietnamese))
            return byVietnamese;
        throw new InvalidMutationPayloadException(TicketMutationTypes.Issue, "priority is not a known priority category.");
    }

    private async Task<long?> PrintAsync(QueueTicketDocument document, CancellationToken cancellationToken)
    {
        // A node without a configured printer (development, tests) still issues; the answer says nothing was printed.
        if (!services.GetRequiredService<IOptions<PrintingOptions>>().Value.Enabled)
            return null;
        return await services.GetRequiredService<IReceiptPrinter>().PrintAsync(document, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Issued ticket {TicketNumber} (number from {NumberSource}, {PeopleAhead} waiting ahead)")]
    private static partial void LogIssued(ILogger logger, string ticketNumber, NumberSource numberSource, int peopleAhead);
}
