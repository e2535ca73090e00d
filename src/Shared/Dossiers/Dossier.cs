using System.Collections.Immutable;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers;

/// <summary>
/// An administrative-procedure dossier from reception to the return of its result:
/// Received → TransferredToDepartment → Processing (→ SupplementRequested → Supplemented →
/// Processing) → ResultReady → Returned, or Refused; delays may be reported until the result is
/// ready. Each action is checked against <see cref="DossierStateMachine.Transitions"/> and the
/// rules of the regulation, records officer and time in <see cref="History"/>, and changes
/// nothing when refused.
/// </summary>
/// <remarks>
/// The applicant's personal data lives in <see cref="Applicant"/> and never appears in
/// <see cref="ToString"/> or in any exception message; the dossier code is the public handle.
/// Times are passed in for the same reasons as on <see cref="Tickets.Ticket"/>.
/// Not thread-safe: one unit of work (a mutation applied in one transaction) changes an
/// entity at a time and loads it again through <c>Restore</c> for the next one.
/// </remarks>
public sealed class Dossier
{
    private ImmutableList<DossierTransition> _history = [];
    private ImmutableList<DelayReport> _delays = [];

    private Dossier(Guid id, DossierCode code, string procedureCode, Applicant applicant, DateOnly returnDate, string officerId, int counter, DateTimeOffset receivedAt)
    {
        Id = id;
        Code = code;
        ProcedureCode = procedureCode;
        Applicant = applicant;
        OriginalReturnDate = returnDate;
        ReturnDate = returnDate;
        ReceivedBy = officerId;
        ReceivedAtCounter = counter;
        ReceivedAt = receivedAt;
    }

    /// <summary>Identifier (UUIDv7).</summary>
    public Guid Id { get; }

    /// <summary>The printed dossier code.</summary>
    public DossierCode Code { get; }

    /// <summary>The procedure requested (e.g. <c>STP-01</c>).</summary>
    public string ProcedureCode { get; }

    /// <summary>Who filed it. Personal data: never log it.</summary>
    public Applicant Applicant { get; }

    /// <summary>Officer who received it.</summary>
    public string ReceivedBy { get; }

    /// <summary>Counter it was received at.</summary>
    public int ReceivedAtCounter { get; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The return date printed on the receipt.</summary>
    public DateOnly OriginalReturnDate { get; }

    /// <summary>The return date in force (moved by delay reports).</summary>
    public DateOnly ReturnDate { get; private set; }

    /// <summary>Current state.</summary>
    public DossierState State { get; private set; } = DossierState.Received;

    /// <summary>Department it was transferred to, once transferred.</summary>
    public string? Department { get; private set; }

    /// <summary>The one supplement request, if any was made.</summary>
    public SupplementRequest? SupplementRequest { get; private set; }

    /// <summary>The refusal, if refused.</summary>
    public Refusal? Refusal { get; private set; }

    /// <summary>Who collected the result, once returned. Personal data.</summary>
    public ResultCollection? Collection { get; private set; }

    /// <summary>Delay reports, oldest first.</summary>
    public IReadOnlyList<DelayReport> Delays => _delays;

    /// <summary>True when at least one delay was reported.</summary>
    public bool IsLate => !_delays.IsEmpty;

    /// <summary>Every transition, oldest first.</summary>
    public IReadOnlyList<DossierTransition> History => _history;

    /// <summary>Records a received dossier (state Received).</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="code">The code printed on the receipt.</param>
    /// <param name="procedureCode">Procedure requested.</param>
    /// <param name="applicant">Who filed it.</param>
    /// <param name="returnDate">Return date computed from the working calendar.</param>
    /// <param name="officerId">Receiving officer.</param>
    /// <param name="counter">Counter number.</param>
    /// <param name="receivedAt">Time of reception.</param>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public static Dossier Receive(
        Guid id,
        DossierCode code,
        string procedureCode,
        Applicant applicant,
        DateOnly returnDate,
        string officerId,
        int counter,
        DateTimeOffset receivedAt)
    {
        if (id == Guid.Empty)
            throw new ArgumentException("A dossier needs an id.", nameof(id));
        if (code.Agency.Value.Length == 0)
            throw new ArgumentException("A dossier needs a code.", nameof(code));
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureCode);
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(counter, 1);
        if (returnDate < code.Date)
            throw new ArgumentOutOfRangeException(nameof(returnDate), returnDate, "The return date cannot be before the reception date.");
        return new Dossier(id, code, procedureCode, applicant, returnDate, officerId, counter, receivedAt);
    }

    /// <summary>
    /// Rebuilds a stored dossier by replaying its history, with the details it recorded, through
    /// the same rules that made it; then checks that the details agree with the history.
    /// </summary>
    /// <exception cref="InvalidSnapshotException">The history breaks the rules, does not chain, or disagrees with the details.</exception>
    public static Dossier Restore(DossierSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.History);
        ArgumentNullException.ThrowIfNull(snapshot.Delays);
        var label = snapshot.Code.Format();
        Dossier dossier;
        try
        {
            dossier = Receive(snapshot.Id, snapshot.Code, snapshot.ProcedureCode, snapshot.Applicant, snapshot.OriginalReturnDate,
                snapshot.ReceivedBy, snapshot.ReceivedAtCounter, snapshot.ReceivedAt);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidSnapshotException("Dossier", label, "the reception data is incomplete.", ex);
        }

        var delays = 0;
        for (var i = 0; i < snapshot.History.Count; i++)
        {
            var entry = snapshot.History[i] ?? throw new InvalidSnapshotException("Dossier", label, $"history entry {i} is missing.");
            if (entry.From != dossier.State)
                throw new InvalidSnapshotException("Dossier", label, $"history entry {i} starts from {entry.From} but the dossier was {dossier.State}.");
            try
            {
                dossier.Replay(entry, snapshot, ref delays);
            }
            catch (Exception ex) when (ex is DomainException or ArgumentException)
            {
                throw new InvalidSnapshotException("Dossier", label, $"history entry {i} ({entry.Action}) is refused by the rules or lacks its details.", ex);
            }

            if (dossier.State != entry.To)
                throw new InvalidSnapshotException("Dossier", label, $"history entry {i} ends in {entry.To} but the rules give {dossier.State}.");
        }

        var problem =
            delays != snapshot.Delays.Count ? "there are delay reports the history does not record." :
            !string.Equals(dossier.Department, snapshot.Department, StringComparison.Ordinal) ? "the department disagrees with the history." :
            !SameRequest(dossier.SupplementRequest, snapshot.SupplementRequest) ? "the supplement request disagrees with the history." :
            dossier.Refusal != snapshot.Refusal ? "the refusal disagrees with the history." :
            dossier.Collection != snapshot.Collection ? "the return record disagrees with the history." :
            !dossier.Delays.SequenceEqual(snapshot.Delays) ? "the delay reports disagree with the history." :
            null;
        return problem is null ? dossier : throw new InvalidSnapshotException("Dossier", label, problem);
    }

    /// <summary>What to store.</summary>
    public DossierSnapshot ToSnapshot() =>
        new(Id, Code, ProcedureCode, Applicant, OriginalReturnDate, ReceivedBy, ReceivedAtCounter, ReceivedAt,
            Department, SupplementRequest, Refusal, Collection, _delays, _history);

    /// <summary>Hands the dossier to the competent department.</summary>
    public void TransferToDepartment(string officerId, string departmentCode, DateTimeOffset at)
    {
        var next = Check(DossierAction.TransferToDepartment, officerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentCode);
        Department = departmentCode;
        Commit(DossierAction.TransferToDepartment, next, officerId, at);
    }

    /// <summary>The department starts, or after a supplement resumes, processing.</summary>
    public void StartProcessing(string officerId, DateTimeOffset at) =>
        Commit(DossierAction.StartProcessing, Check(DossierAction.StartProcessing, officerId), officerId, at);

    /// <summary>
    /// Asks the citizen to supplement or correct the dossier. Allowed once per dossier
    /// (RULES 6), and only with the exact list of what is missing.
    /// </summary>
    /// <exception cref="SupplementAlreadyRequestedException">A request was already made, whatever came of it.</exception>
    /// <exception cref="MissingItemsRequiredException">No items, or a blank item.</exception>
    public void RequestSupplement(string officerId, IReadOnlyCollection<string> missingItems, string? reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        // Checked before the table: in SupplementRequested/Supplemented the table would say
        // "illegal", but the reason the officer needs to read is the once-only rule.
        if (SupplementRequest is { } first)
            throw new SupplementAlreadyRequestedException(Code.Format(), first.At);
        var next = Check(DossierAction.RequestSupplement, officerId);
        if (missingItems is null || missingItems.Count == 0 || missingItems.Any(string.IsNullOrWhiteSpace))
            throw new MissingItemsRequiredException(Code.Format());

        SupplementRequest = new SupplementRequest(
            [.. missingItems.Select(i => i.Trim())],
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            officerId,
            at);
        Commit(DossierAction.RequestSupplement, next, officerId, at);
    }

    /// <summary>The citizen supplied what was missing.</summary>
    public void ReceiveSupplement(string officerId, DateTimeOffset at) =>
        Commit(DossierAction.ReceiveSupplement, Check(DossierAction.ReceiveSupplement, officerId), officerId, at);

    /// <summary>The result is back at the counter.</summary>
    public void MarkResultReady(string officerId, DateTimeOffset at) =>
        Commit(DossierAction.MarkResultReady, Check(DossierAction.MarkResultReady, officerId), officerId, at);

    /// <summary>Hands the result over and records who took it (RULES 4).</summary>
    /// <param name="officerId">Officer handing it over.</param>
    /// <param name="counter">Counter number, or null (e.g. sent by post).</param>
    /// <param name="collectorName">Name of the person taking it.</param>
    /// <param name="byProxy">True when not the applicant.</param>
    /// <param name="authorisationNote">For a proxy: the authorisation letter (required).</param>
    /// <param name="at">When.</param>
    /// <exception cref="CollectorRequiredException">No collector name.</exception>
    /// <exception cref="ProxyAuthorisationRequiredException">Proxy without an authorisation note.</exception>
    public void Return(string officerId, int? counter, string collectorName, bool byProxy, string? authorisationNote, DateTimeOffset at)
    {
        var next = Check(DossierAction.Return, officerId);
        if (counter is { } c)
            ArgumentOutOfRangeException.ThrowIfLessThan(c, 1, nameof(counter));
        if (string.IsNullOrWhiteSpace(collectorName))
            throw new CollectorRequiredException(Code.Format());
        if (byProxy && string.IsNullOrWhiteSpace(authorisationNote))
            throw new ProxyAuthorisationRequiredException(Code.Format());

        Collection = new ResultCollection(
            collectorName.Trim(),
            byProxy,
            string.IsNullOrWhiteSpace(authorisationNote) ? null : authorisationNote.Trim(),
            officerId,
            counter,
            at);
        Commit(DossierAction.Return, next, officerId, at);
    }

    /// <summary>Refuses the dossier with a written reason (RULES 7, Mẫu 03).</summary>
    /// <exception cref="ReasonRequiredException">The reason is blank.</exception>
    public void Refuse(string officerId, string reason, DateTimeOffset at)
    {
        var next = Check(DossierAction.Refuse, officerId);
        if (string.IsNullOrWhiteSpace(reason))
            throw new ReasonRequiredException(Code.Format(), DossierAction.Refuse);
        Refusal = new Refusal(reason.Trim(), officerId, at);
        Commit(DossierAction.Refuse, next, officerId, at);
    }

    /// <summary>
    /// Reports a delay with a written reason and a new return date (RULES 7, Mẫu 04). May happen
    /// more than once; each report moves <see cref="ReturnDate"/> later.
    /// </summary>
    /// <exception cref="ReasonRequiredException">The reason is blank.</exception>
    /// <exception cref="ReturnDateNotLaterException">The new date is not after the current one.</exception>
    public void ReportDelay(string officerId, string reason, DateOnly newReturnDate, DateTimeOffset at)
    {
        var next = Check(DossierAction.ReportDelay, officerId);
        if (string.IsNullOrWhiteSpace(reason))
            throw new ReasonRequiredException(Code.Format(), DossierAction.ReportDelay);
        if (newReturnDate <= ReturnDate)
            throw new ReturnDateNotLaterException(Code.Format(), ReturnDate, newReturnDate);

        _delays = _delays.Add(new DelayReport(reason.Trim(), ReturnDate, newReturnDate, officerId, at));
        ReturnDate = newReturnDate;
        Commit(DossierAction.ReportDelay, next, officerId, at);
    }

    /// <summary>True when the table allows <paramref name="action"/> now (other rules may still refuse it).</summary>
    public bool CanApply(DossierAction action) => DossierStateMachine.CanApply(State, action);

    /// <summary>Code and state only: no personal data.</summary>
    public override string ToString() => $"Dossier {Code.Format()} {State}";

    private static bool SameRequest(SupplementRequest? a, SupplementRequest? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.MissingItems.SequenceEqual(b.MissingItems, StringComparer.Ordinal) &&
              string.Equals(a.Reason, b.Reason, StringComparison.Ordinal) &&
              string.Equals(a.OfficerId, b.OfficerId, StringComparison.Ordinal) &&
              a.At == b.At;

    private void Replay(DossierTransition entry, DossierSnapshot snapshot, ref int delays)
    {
        const string missing = "The snapshot lacks the details of this entry.";
        switch (entry.Action)
        {
            case DossierAction.TransferToDepartment:
                TransferToDepartment(entry.OfficerId, snapshot.Department ?? throw new ArgumentException(missing, nameof(snapshot)), entry.At);
                break;
            case DossierAction.StartProcessing:
                StartProcessing(entry.OfficerId, entry.At);
                break;
            case DossierAction.RequestSupplement:
                var request = snapshot.SupplementRequest ?? throw new ArgumentException(missing, nameof(snapshot));
                RequestSupplement(entry.OfficerId, [.. request.MissingItems], request.Reason, entry.At);
                break;
            case DossierAction.ReceiveSupplement:
                ReceiveSupplement(entry.OfficerId, entry.At);
                break;
            case DossierAction.MarkResultReady:
                MarkResultReady(entry.OfficerId, entry.At);
                break;
            case DossierAction.Return:
                var collection = snapshot.Collection ?? throw new ArgumentException(missing, nameof(snapshot));
                Return(entry.OfficerId, collection.Counter, collection.CollectorName, collection.ByProxy, collection.AuthorisationNote, entry.At);
                break;
            case DossierAction.Refuse:
                Refuse(entry.OfficerId, (snapshot.Refusal ?? throw new ArgumentException(missing, nameof(snapshot))).Reason, entry.At);
                break;
            case DossierAction.ReportDelay:
                if (delays >= snapshot.Delays.Count)
                    throw new ArgumentException(missing, nameof(snapshot));
                var delay = snapshot.Delays[delays++];
                ReportDelay(entry.OfficerId, delay.Reason, delay.NewReturnDate, entry.At);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(entry), entry.Action, "Unknown dossier action.");
        }
    }

    private DossierState Check(DossierAction action, string officerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        if (DossierStateMachine.Transitions.TryGetValue((State, action), out var next))
            return next;

        var code = Code.Format();
        throw new IllegalTransitionException(
            "Dossier",
            code,
            State.ToString(),
            action.ToString(),
            $"Dossier {code} is {DossierText.English(State)}; it cannot be {DossierText.EnglishPassive(action)}.",
            $"Hồ sơ {code} đang ở trạng thái {DossierText.Vietnamese(State)}; không thể {DossierText.Vietnamese(action)}.");
    }

    private void Commit(DossierAction action, DossierState next, string officerId, DateTimeOffset at)
    {
        _history = _history.Add(new DossierTransition(action, State, next, officerId, at));
        State = next;
    }
}
