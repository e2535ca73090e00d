using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Queue;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Tickets;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// The officer's actions at this counter. Each is a mutation through the node API: the call is
/// a decision and goes through <see cref="CoordinatedMutator"/> (the Hub decides when reachable,
/// this node decides offline); finish and no-show are the holder's own facts and are recorded
/// locally. The counter display is told of every call; a display failure never undoes a call.
/// </summary>
public sealed partial class CounterConsole(
    QueueCatalog catalog,
    QueueClock clock,
    QueueReader reader,
    INodeReplica replica,
    CoordinatedMutator coordinated,
    ICounterDisplay display,
    ConsoleAlerts alerts,
    IOptions<NodeOptions> node,
    ILogger<CounterConsole> logger)
{
    /// <summary>This node's counter number.</summary>
    /// <exception cref="NotACounterException">The node has none.</exception>
    public int Counter => node.Value.CounterNumber ?? throw new NotACounterException();

    /// <summary>Calls the next ticket under the services' priority rules.</summary>
    public async Task<ConsoleActionResult> CallNextAsync(OfficerSession officer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        if (await IsPausedAsync(counter, cancellationToken).ConfigureAwait(false))
            throw new CounterPausedException(counter);
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        EnsureNothingOpen(view, counter);
        var called = view.Called();
        var services = catalog.ServedBy(counter)
            .Select(s => new ServiceQueueState(s.Prefix, s.Rule, NextTicketSelector.NormalsSinceLastPriority(s.Prefix, called)));
        var next = NextTicketSelector.Choose(services, view.Waiting()) ?? throw new QueueEmptyException(counter);
        return await CallAsync(officer, counter, view.Tickets.First(t => t.Id == next.Id), "call-next", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls one given ticket (a scanned ticket); it must be waiting in a service of this counter.</summary>
    public async Task<ConsoleActionResult> CallTicketAsync(OfficerSession officer, string prefix, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var ticket = view.Find(prefix, number);
        if (ticket is null || !catalog.ServedBy(counter).Any(s => s.Prefix == QueueView.QueueOf(ticket)))
            throw new ScannedTicketUnknownException();
        // The citizen at the counter shows the ticket this counter called: service starts.
        if (ticket.Call is { } held && held.Counter == counter && held.NodeId == replica.NodeId && ticket.Status == TicketStatus.Called)
            return await StartAsync(officer, cancellationToken).ConfigureAwait(false);
        // Called elsewhere or closed: a scan must not create a losing call (and a conflict) for an old ticket.
        if (ticket.Status != TicketStatus.Waiting)
            throw new TicketNotWaitingException(ticket.Id, ticket.Status);
        EnsureNothingOpen(view, counter);
        return await CallAsync(officer, counter, ticket, "call-scanned", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls the held ticket again (the citizen did not hear it); the holder's repeated call changes nothing in the data.</summary>
    public async Task<ConsoleActionResult> RecallAsync(OfficerSession officer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var open = view.OpenAt(counter, replica.NodeId) ?? throw new NoOpenTicketException(counter, "recall");
        var result = await CallAsync(officer, counter, open, "recall", cancellationToken).ConfigureAwait(false);
        // The repeated call changes nothing in the ticket: tell the hall separately so it speaks the number again.
        if (result.Decision != "rejected")
            await replica.MutateAsync(Shared.Hall.HallRecallMutator.MutationType, MutatorJson.ToElement(new TicketCounterPayload(open.Id, counter)),
                officer.OfficerId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Starts serving the held ticket (the citizen reached the counter).</summary>
    public async Task<ConsoleActionResult> StartAsync(OfficerSession officer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var open = view.OpenAt(counter, replica.NodeId) ?? throw new NoOpenTicketException(counter, "start");
        await replica.MutateAsync(StartServiceMutator.MutationType,
            MutatorJson.ToElement(new TicketCounterPayload(open.Id, counter)), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        var number = Format(open);
        LogClosed(logger, number, "start", counter);
        return new ConsoleActionResult("start", open.Id, number, "applied", $"Bắt đầu phục vụ số {number}.");
    }

    /// <summary>Finishes the held ticket, or <paramref name="ticketId"/> when given (the mutator checks this counter holds it).</summary>
    public Task<ConsoleActionResult> FinishAsync(OfficerSession officer, Guid? ticketId, CancellationToken cancellationToken) =>
        CloseAsync(officer, ticketId, TicketMutationTypes.Finish, "finish", "Đã kết thúc phục vụ số {0}.", cancellationToken);

    /// <summary>Marks the held ticket (or <paramref name="ticketId"/>) as no-show.</summary>
    public Task<ConsoleActionResult> NoShowAsync(OfficerSession officer, Guid? ticketId, CancellationToken cancellationToken) =>
        CloseAsync(officer, ticketId, TicketMutationTypes.NoShow, "no-show", "Số {0}: công dân vắng mặt.", cancellationToken);

    /// <summary>Sends the held ticket to another service's queue (it waits there by its issue time).</summary>
    /// <exception cref="UnknownServiceException">No such service.</exception>
    public async Task<ConsoleActionResult> TransferAsync(OfficerSession officer, string? toService, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var target = catalog.Get(toService);
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var open = view.OpenAt(counter, replica.NodeId) ?? throw new NoOpenTicketException(counter, "transfer");
        await replica.MutateAsync(TransferTicketMutator.MutationType,
            MutatorJson.ToElement(new TransferTicketPayload(open.Id, counter, target.Prefix)), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        await ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
        var number = Format(open);
        LogClosed(logger, number, "transfer", counter);
        return new ConsoleActionResult("transfer", open.Id, number, "applied", $"Đã chuyển số {number} sang {target.Name} ({target.CounterHint}).");
    }

    /// <summary>Pauses (true) or resumes (false) calling at this counter.</summary>
    public async Task SetPausedAsync(OfficerSession officer, bool paused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        await replica.MutateAsync(paused ? CounterPauseMutator.PauseType : CounterPauseMutator.ResumeType,
            MutatorJson.ToElement(new CounterStatePayload(counter)), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        if (paused)
            await ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the console shows.</summary>
    public async Task<ConsoleState> GetStateAsync(OfficerSession officer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var waiting = view.Waiting();
        var open = view.OpenAt(counter, replica.NodeId);
        ConsoleTicket? current = null;
        if (open is not null)
        {
            var entity = await replica.GetAsync(TicketEntityTypes.Ticket, open.Id.ToString("D"), cancellationToken).ConfigureAwait(false);
            current = new ConsoleTicket(open.Id, Format(open), ServiceName(QueueView.QueueOf(open)), view.IsServing(open) ? "serving" : "called",
                view.PriorityOf(open.Id) is { } c ? PriorityCategoryNames.Vietnamese(c) : null, entity?.IsPending ?? false);
        }

        var queues = catalog.ServedBy(counter)
            .Select(s => new ConsoleQueueLength(s.Prefix, s.Name, waiting.Count(t => t.Prefix == s.Prefix), waiting.Count(t => t.Prefix == s.Prefix && t.IsPriority)))
            .ToList();
        var conflicts = (await replica.QueryAsync(TicketEntityTypes.Conflict, null, cancellationToken).ConfigureAwait(false))
            .Select(e => MutatorJson.ReadState<ConflictEntity>(new SessionEntity(e.Type, e.Id, e.Scope, e.Data)))
            .Where(c => c.Kind == ConflictKind.DuplicateNumber
                || c.Winner?.Counter == counter || c.Losers.Any(l => l.Counter == counter))
            .Select(c => c.Message)
            .ToList();
        var paused = await IsPausedAsync(counter, cancellationToken).ConfigureAwait(false);
        return new ConsoleState(counter, officer.Name, paused, current, queues, conflicts, alerts.Snapshot());
    }

    private async Task<ConsoleActionResult> CloseAsync(
        OfficerSession officer, Guid? ticketId, string type, string action, string messageFormat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var counter = Counter;
        var view = await reader.ReadAsync(clock.Today, cancellationToken).ConfigureAwait(false);
        var target = ticketId is { } id
            ? view.Tickets.FirstOrDefault(t => t.Id == id) ?? throw new TicketNotFoundException(id)
            : view.OpenAt(counter, replica.NodeId) ?? throw new NoOpenTicketException(counter, action);
        await replica.MutateAsync(type, MutatorJson.ToElement(new TicketCounterPayload(target.Id, counter)), officer.OfficerId, cancellationToken)
            .ConfigureAwait(false);
        await ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
        var number = Format(target);
        LogClosed(logger, number, action, counter);
        return new ConsoleActionResult(action, target.Id, number, "applied",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, number));
    }

    private async Task<ConsoleActionResult> CallAsync(OfficerSession officer, int counter, TicketEntity ticket, string action, CancellationToken cancellationToken)
    {
        var result = await coordinated.MutateAsync(TicketMutationTypes.Call,
            MutatorJson.ToElement(new TicketCounterPayload(ticket.Id, counter)), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        var number = Format(ticket);
        if (result.Status.State == MutationState.Rejected)
        {
            var refused = $"Không gọi được số {number}: {result.Status.Reason ?? "máy chủ từ chối."}";
            alerts.Add(refused);
            return new ConsoleActionResult(action, ticket.Id, number, "rejected", refused);
        }

        // Another counter's earlier call may win on the Hub: the replica then shows its claim.
        var after = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.Id.ToString("D"), cancellationToken).ConfigureAwait(false);
        if (after is not null && MutatorJson.ReadState<TicketEntity>(new SessionEntity(after.Type, after.Id, after.Scope, after.Data)).Call is { } held
            && (held.Counter != counter || held.NodeId != replica.NodeId))
        {
            var lost = $"Số {number} đã được quầy {held.Counter} gọi trước.";
            alerts.Add(lost);
            return new ConsoleActionResult(action, ticket.Id, number, "rejected", lost);
        }

        await ShowCallAsync(new DisplayCall(number, counter), cancellationToken).ConfigureAwait(false);
        var decision = result.Status.State == MutationState.Applied ? "applied" : "pending";
        LogCalled(logger, number, counter, decision);
        return new ConsoleActionResult(action, ticket.Id, number, decision,
            decision == "applied" ? $"Mời số {number} đến quầy {counter}." : $"Mời số {number} đến quầy {counter} (đang mất kết nối máy chủ, quầy tự quyết định).");
    }

    private async Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken)
    {
        try
        {
            await display.ShowCallAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or DisplayTextOverflowException or IOException or TimeoutException)
        {
            // The call is recorded and announced elsewhere (hall, board); the officer is told the counter display failed.
            LogDisplayFailed(logger, ex, call.Counter);
            alerts.Add("Không hiển thị được số trên bảng của quầy. Vui lòng kiểm tra thiết bị hiển thị.");
        }
    }

    private async Task ShowIdleAsync(int counter, CancellationToken cancellationToken)
    {
        try
        {
            await display.ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or IOException or TimeoutException)
        {
            LogDisplayFailed(logger, ex, counter);
        }
    }

    private async Task<bool> IsPausedAsync(int counter, CancellationToken cancellationToken)
    {
        var entity = await replica.GetAsync(CounterStateEntity.EntityType, counter.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
        return entity is not null && MutatorJson.ReadState<CounterStateEntity>(new SessionEntity(entity.Type, entity.Id, entity.Scope, entity.Data)).Paused;
    }

    private void EnsureNothingOpen(QueueView view, int counter)
    {
        if (view.OpenAt(counter, replica.NodeId) is { } open)
            throw new TicketStillOpenException(Format(open));
    }

    private string ServiceName(string prefix) => catalog.Services.FirstOrDefault(s => s.Prefix == prefix)?.Name ?? prefix;

    private static string Format(TicketEntity ticket) => new TicketNumber(ticket.Prefix, ticket.Number).Format();

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Counter {Counter} called ticket {TicketNumber} ({Decision})")]
    private static partial void LogCalled(ILogger logger, string ticketNumber, int counter, string decision);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Ticket {TicketNumber}: {Action} at counter {Counter}")]
    private static partial void LogClosed(ILogger logger, string ticketNumber, string action, int counter);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Counter display of counter {Counter} failed")]
    private static partial void LogDisplayFailed(ILogger logger, Exception exception, int counter);
}
