using System.Collections.Immutable;
using System.Globalization;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Tickets;

/// <summary>
/// A queue ticket and its life on one day: Waiting → Called (→ recalled) → Serving → Done, or
/// NoShow, Cancelled, or transferred back to Waiting in another queue. Every transition is
/// checked against <see cref="TicketStateMachine.Transitions"/>, records who, where and when,
/// and is appended to <see cref="History"/>. A refused action changes nothing.
/// </summary>
/// <remarks>
/// Times are passed in (<c>at</c>) rather than read from a clock: on a node they come from its
/// <see cref="TimeProvider"/>, on the Hub from the mutation being applied, and replays must
/// reproduce them exactly. They are not required to increase: events recorded by different
/// offline nodes can arrive in any order, and ordering is the sync layer's job (HLC).
/// A ticket holds no personal data: only its number, service and priority category.
/// Not thread-safe: one unit of work (a mutation applied in one transaction) changes an
/// entity at a time and loads it again through <c>Restore</c> for the next one.
/// </remarks>
public sealed class Ticket
{
    private ImmutableList<TicketTransition> _history = [];

    private Ticket(Guid id, TicketNumber number, DateOnly day, DateTimeOffset issuedAt, PriorityCategory? priority)
    {
        Id = id;
        Number = number;
        Day = day;
        IssuedAt = issuedAt;
        Priority = priority;
        ServicePrefix = number.Prefix;
    }

    /// <summary>Identifier (UUIDv7 chosen by the issuing node).</summary>
    public Guid Id { get; }

    /// <summary>The printed number; never changes, even after a transfer.</summary>
    public TicketNumber Number { get; }

    /// <summary>The center-local day of issue.</summary>
    public DateOnly Day { get; }

    /// <summary>When it was printed. Kept across transfers so the ticket keeps its place by age.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>Priority category, or null for a normal ticket. Kept across transfers.</summary>
    public PriorityCategory? Priority { get; }

    /// <summary>True for a priority ticket.</summary>
    public bool IsPriority => Priority is not null;

    /// <summary>Current state.</summary>
    public TicketState State { get; private set; } = TicketState.Waiting;

    /// <summary>The service whose queue the ticket is in (the printed prefix until a transfer).</summary>
    public string ServicePrefix { get; private set; }

    /// <summary>The counter a transfer directed the ticket to, or null for any counter of the service.</summary>
    public int? TargetCounter { get; private set; }

    /// <summary>The counter that called it (while Called/Serving and after), null while waiting.</summary>
    public int? Counter { get; private set; }

    /// <summary>How many times it was called again after the first call at the current counter.</summary>
    public int RecallCount { get; private set; }

    /// <summary>How many times it was transferred.</summary>
    public int TransferCount { get; private set; }

    /// <summary>Every transition, oldest first. Immutable: callers get a snapshot.</summary>
    public IReadOnlyList<TicketTransition> History => _history;

    /// <summary>Issues a new ticket (state Waiting).</summary>
    /// <exception cref="ArgumentException">The number is <c>default</c> or the id is empty.</exception>
    public static Ticket Issue(Guid id, TicketNumber number, DateOnly day, DateTimeOffset issuedAt, PriorityCategory? priority = null)
    {
        if (id == Guid.Empty)
            throw new ArgumentException("A ticket needs an id.", nameof(id));
        if (number.Prefix is null)
            throw new ArgumentException("A ticket needs a number.", nameof(number));
        if (priority is { } p && !Enum.IsDefined(p))
            throw new ArgumentOutOfRangeException(nameof(priority), p, "Unknown priority category.");
        return new Ticket(id, number, day, issuedAt, priority);
    }

    /// <summary>
    /// Rebuilds a stored ticket by replaying its history through the same rules that made it.
    /// </summary>
    /// <exception cref="InvalidSnapshotException">The history breaks the rules or does not chain.</exception>
    public static Ticket Restore(TicketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.History);
        var ticket = Issue(snapshot.Id, snapshot.Number, snapshot.Day, snapshot.IssuedAt, snapshot.Priority);
        var label = snapshot.Number.Format();
        for (var i = 0; i < snapshot.History.Count; i++)
        {
            var entry = snapshot.History[i] ?? throw new InvalidSnapshotException("Ticket", label, $"history entry {i} is missing.");
            if (entry.From != ticket.State)
                throw new InvalidSnapshotException("Ticket", label, $"history entry {i} starts from {entry.From} but the ticket was {ticket.State}.");
            try
            {
                ticket.Replay(entry);
            }
            catch (Exception ex) when (ex is DomainException or ArgumentException)
            {
                throw new InvalidSnapshotException("Ticket", label, $"history entry {i} ({entry.Action}) is refused by the rules.", ex);
            }

            if (ticket.State != entry.To)
                throw new InvalidSnapshotException("Ticket", label, $"history entry {i} ends in {entry.To} but the rules give {ticket.State}.");
        }

        return ticket;
    }

    /// <summary>What to store: issue data and history.</summary>
    public TicketSnapshot ToSnapshot() => new(Id, Number, Day, IssuedAt, Priority, _history);

    /// <summary>A counter calls the ticket.</summary>
    public void Call(string officerId, int counter, DateTimeOffset at)
    {
        CheckCounter(counter);
        Apply(TicketAction.Call, officerId, counter, at, null);
        Counter = counter;
        RecallCount = 0;
    }

    /// <summary>The calling counter calls it again.</summary>
    public void Recall(string officerId, int counter, DateTimeOffset at)
    {
        CheckCounter(counter);
        Apply(TicketAction.Recall, officerId, counter, at, null);
        Counter = counter;
        RecallCount++;
    }

    /// <summary>The citizen arrived at the counter.</summary>
    public void StartServing(string officerId, int counter, DateTimeOffset at)
    {
        CheckCounter(counter);
        Apply(TicketAction.StartServing, officerId, counter, at, null);
        Counter = counter;
    }

    /// <summary>Service finished.</summary>
    public void Complete(string officerId, int counter, DateTimeOffset at)
    {
        CheckCounter(counter);
        Apply(TicketAction.Complete, officerId, counter, at, null);
    }

    /// <summary>The citizen did not come.</summary>
    public void MarkNoShow(string officerId, int counter, DateTimeOffset at)
    {
        CheckCounter(counter);
        Apply(TicketAction.MarkNoShow, officerId, counter, at, null);
    }

    /// <summary>
    /// Sends the ticket to another service's queue or a given counter. It waits again there with
    /// its original <see cref="IssuedAt"/> and <see cref="Priority"/>, so it does not lose its place.
    /// </summary>
    /// <param name="officerId">Who transferred it.</param>
    /// <param name="counter">Counter it was transferred from, or null (e.g. a supervisor on the board).</param>
    /// <param name="target">Where it goes.</param>
    /// <param name="at">When.</param>
    /// <exception cref="TransferTargetUnchangedException">A waiting ticket sent to the queue it is in.</exception>
    public void Transfer(string officerId, int? counter, TransferTarget target, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (counter is { } c)
            CheckCounter(c);
        if (State == TicketState.Waiting &&
            string.Equals(target.ServicePrefix, ServicePrefix, StringComparison.Ordinal) &&
            target.Counter == TargetCounter)
        {
            throw new TransferTargetUnchangedException(Number.Format());
        }

        Apply(TicketAction.Transfer, officerId, counter, at, target);
        ServicePrefix = target.ServicePrefix;
        TargetCounter = target.Counter;
        Counter = null;
        RecallCount = 0;
        TransferCount++;
    }

    /// <summary>Withdraws the ticket before service.</summary>
    public void Cancel(string officerId, int? counter, DateTimeOffset at)
    {
        if (counter is { } c)
            CheckCounter(c);
        Apply(TicketAction.Cancel, officerId, counter, at, null);
    }

    /// <summary>True when <paramref name="action"/> is allowed now.</summary>
    public bool CanApply(TicketAction action) => TicketStateMachine.CanApply(State, action);

    /// <summary>Number, day and state; nothing else.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Ticket {Number.Format()} ({Day:yyyy-MM-dd}) {State}");

    private void Replay(TicketTransition entry)
    {
        switch (entry.Action)
        {
            case TicketAction.Call: Call(entry.OfficerId, RequireCounter(entry), entry.At); break;
            case TicketAction.Recall: Recall(entry.OfficerId, RequireCounter(entry), entry.At); break;
            case TicketAction.StartServing: StartServing(entry.OfficerId, RequireCounter(entry), entry.At); break;
            case TicketAction.Complete: Complete(entry.OfficerId, RequireCounter(entry), entry.At); break;
            case TicketAction.MarkNoShow: MarkNoShow(entry.OfficerId, RequireCounter(entry), entry.At); break;
            case TicketAction.Transfer:
                Transfer(entry.OfficerId, entry.Counter, entry.Target ?? throw new ArgumentException("A transfer entry needs its target.", nameof(entry)), entry.At);
                break;
            case TicketAction.Cancel: Cancel(entry.OfficerId, entry.Counter, entry.At); break;
            default: throw new ArgumentOutOfRangeException(nameof(entry), entry.Action, "Unknown ticket action.");
        }
    }

    private static int RequireCounter(TicketTransition entry) =>
        entry.Counter ?? throw new ArgumentException($"A {entry.Action} entry needs its counter.", nameof(entry));

    private void Apply(TicketAction action, string officerId, int? counter, DateTimeOffset at, TransferTarget? target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        if (!TicketStateMachine.Transitions.TryGetValue((State, action), out var next))
        {
            var number = Number.Format();
            throw new IllegalTransitionException(
                "Ticket",
                number,
                State.ToString(),
                action.ToString(),
                $"Ticket {number} is {State}; it cannot be {TicketText.EnglishPassive(action)}.",
                $"Số thứ tự {number} đang ở trạng thái {TicketText.Vietnamese(State)}; không thể {TicketText.Vietnamese(action)}.");
        }

        _history = _history.Add(new TicketTransition(action, State, next, officerId, counter, at, target));
        State = next;
    }

    private static void CheckCounter(int counter, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(counter))] string? name = null) =>
        ArgumentOutOfRangeException.ThrowIfLessThan(counter, 1, name);
}
