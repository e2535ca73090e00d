using System.Text.Json;
using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Hub.Departments;

/// <summary>
/// The department's decisions on its dossiers. Each one is first tried on the domain
/// <see cref="Dossier"/> rebuilt from the stored entity — so a refusal comes back at once with
/// the rule's exact Vietnamese text (e.g. the once-only supplement rule) — and then issued through
/// <see cref="HubMutationIssuer"/>, whose shared mutators are the authority (hash-chained, written
/// to the change log and poked to the department's counters at once). A dossier of another
/// department is answered as not found, so nothing about it leaks.
/// </summary>
public sealed class DepartmentDossierService(DossierReader reader, HubMutationIssuer issuer, IWorkingCalendarSource calendar, TimeProvider time)
{
    public const string StartProcessing = "start-processing";
    public const string RequestSupplement = "request-supplement";
    public const string ResultReady = "result-ready";
    public const string ReportDelay = "report-delay";

    /// <summary>Most items one supplement request may list (a sanity bound, not a rule).</summary>
    public const int MaxMissingItems = 50;

    /// <summary>Longest text of one item or reason.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The center-local day now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(calendar.Current.LocalNow(time));

    /// <summary>The dossiers transferred to <paramref name="department"/>: open ones first, then by return date and code.</summary>
    public async Task<IReadOnlyList<DepartmentDossierView>> ListAsync(string department, CancellationToken cancellationToken)
    {
        var today = Today;
        var dossiers = await reader.GetDepartmentDossiersAsync(department, cancellationToken);
        return [.. dossiers
            .Where(d => d.TransferredTo is not null)
            .Select(d => ToView(d, today))
            .OrderBy(v => v.Actions.Count == 0)
            .ThenBy(v => v.ReturnDate)
            .ThenBy(v => v.Code, StringComparer.Ordinal)];
    }

    /// <summary>The department starts (or after a supplement resumes) processing.</summary>
    public Task<DepartmentActionResult> StartProcessingAsync(string department, string officer, string code, CancellationToken cancellationToken) =>
        ActAsync(department, officer, code, DossierMutationTypes.StartProcessing,
            (d, at) => d.StartProcessing(officer, at), e => new DossierCodePayload(e.Code), cancellationToken);

    /// <summary>Asks the citizen, once, for exactly what is missing (Mẫu 02 is printed by the receiving counter).</summary>
    public Task<DepartmentActionResult> RequestSupplementAsync(string department, string officer, string code, SupplementRequestBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var items = (body.MissingItems ?? []).Select(i => i?.Trim() ?? string.Empty).Where(i => i.Length > 0).ToList();
        if (items.Count > MaxMissingItems || items.Any(i => i.Length > MaxTextLength) || body.Reason?.Length > MaxTextLength)
            throw new InvalidDepartmentRequestException("too many or too long supplement items.", $"Danh sách bổ sung quá dài (tối đa {MaxMissingItems} mục, mỗi mục {MaxTextLength} ký tự).");
        var reason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim();
        return ActAsync(department, officer, code, DossierMutationTypes.RequestSupplement,
            (d, at) => d.RequestSupplement(officer, items, reason, at), e => new RequestSupplementPayload(e.Code, items, reason), cancellationToken);
    }

    /// <summary>The result is ready and goes back to the center.</summary>
    public Task<DepartmentActionResult> MarkResultReadyAsync(string department, string officer, string code, CancellationToken cancellationToken) =>
        ActAsync(department, officer, code, DossierMutationTypes.ResultReady,
            (d, at) => d.MarkResultReady(officer, at), e => new DossierCodePayload(e.Code), cancellationToken);

    /// <summary>
    /// Reports a delay with a written reason and a new return date (Mẫu 04). The date is either
    /// given — then it must be a working day after the date in force — or computed by adding
    /// <see cref="DelayReportBody.ExtraWorkingDays"/> to the date in force over the working calendar.
    /// </summary>
    public async Task<DepartmentActionResult> ReportDelayAsync(string department, string officer, string code, DelayReportBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Reason?.Length > MaxTextLength)
            throw new InvalidDepartmentRequestException("the reason is too long.", $"Lý do quá dài (tối đa {MaxTextLength} ký tự).");
        var entity = await LoadAsync(department, code, cancellationToken);
        var newDate = NewReturnDate(entity, body);
        var reason = body.Reason?.Trim() ?? string.Empty;
        return await ActAsync(entity, officer, DossierMutationTypes.ReportDelay,
            (d, at) => d.ReportDelay(officer, reason, newDate, at), e => new ReportDelayPayload(e.Code, reason, newDate), cancellationToken);
    }

    /// <summary>The new return date of a delay report, validated against the working calendar.</summary>
    /// <exception cref="NewReturnDateRequiredException">Neither a date nor a number of days.</exception>
    /// <exception cref="InvalidDepartmentRequestException">The number of days is out of range.</exception>
    /// <exception cref="ReturnDateNotWorkingDayException">The date is a day off.</exception>
    public DateOnly NewReturnDate(DossierEntity entity, DelayReportBody body)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(body);
        if (body.NewReturnDate is { } date)
        {
            // Not-later is the domain's rule (checked with its own text); a day off is checked here.
            if (date > entity.ReturnDate && !calendar.Current.IsWorkingDay(date))
            {
                var why = calendar.Current.DescribeDay(date);
                throw new ReturnDateNotWorkingDayException(entity.Code, date, why.Vietnamese, why.English);
            }

            return date;
        }

        if (body.ExtraWorkingDays is { } days)
        {
            if (days is < 1 or > ReturnDateCalculator.MaxProcessingDays)
                throw new InvalidDepartmentRequestException("extraWorkingDays must be 1–1000.", $"Số ngày làm việc gia hạn phải từ 1 đến {ReturnDateCalculator.MaxProcessingDays}.");
            return calendar.Current.AddWorkingDays(entity.ReturnDate, days);
        }

        throw new NewReturnDateRequiredException(entity.Code);
    }

    private static DepartmentDossierView ToView(DossierEntity d, DateOnly today)
    {
        var open = DossierStateMachine.CanApply(d.State, DossierAction.ReportDelay);
        var actions = new List<string>(4);
        if (DossierStateMachine.CanApply(d.State, DossierAction.StartProcessing))
            actions.Add(StartProcessing);
        // Offered again after the one request, so the officer reads the once-only rule instead of a missing button.
        if (d.State is DossierState.Processing or DossierState.SupplementRequested or DossierState.Supplemented)
            actions.Add(RequestSupplement);
        if (DossierStateMachine.CanApply(d.State, DossierAction.MarkResultReady))
            actions.Add(ResultReady);
        if (open)
            actions.Add(ReportDelay);
        var transferredAt = d.History.LastOrDefault(h => h.Action == DossierAction.TransferToDepartment)?.At;
        return new DepartmentDossierView(
            d.Code, d.ProcedureCode, d.Reception.ProcedureName, d.Applicant.FullName, d.ReceivedAt, d.OriginalReturnDate, d.ReturnDate,
            StateName(d.State), DossierText.Vietnamese(d.State), d.TransferBatch, transferredAt, d.Supplement?.MissingItems,
            d.Delays.Count, open && d.ReturnDate < today, actions);
    }

    private static string StateName(DossierState state) => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    private async Task<DossierEntity> LoadAsync(string department, string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        var key = (code ?? string.Empty).Trim();
        var entity = key.Length is > 0 and <= 200 ? await reader.FindAsync(key, cancellationToken) : null;
        if (entity is null || !string.Equals(entity.Department, department, StringComparison.Ordinal) || entity.TransferredTo is null)
            throw new DossierNotFoundException(key);
        return entity;
    }

    private async Task<DepartmentActionResult> ActAsync(
        string department, string officer, string code, string type, Action<Dossier, DateTimeOffset> tryOnDomain, Func<DossierEntity, object> payload, CancellationToken cancellationToken) =>
        await ActAsync(await LoadAsync(department, code, cancellationToken), officer, type, tryOnDomain, payload, cancellationToken);

    private async Task<DepartmentActionResult> ActAsync(
        DossierEntity entity, string officer, string type, Action<Dossier, DateTimeOffset> tryOnDomain, Func<DossierEntity, object> payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        // A dry run on a private copy: throws the rule's DomainException (Vietnamese text) and changes nothing.
        tryOnDomain(entity.ToDossier(), time.GetUtcNow());
        HubMutationResult result;
        try
        {
            result = await issuer.IssueAsync(type, payload(entity), officer, cancellationToken);
        }
        catch (HubMutationRejectedException ex)
        {
            throw new DepartmentActionRefusedException(ex.ReasonCode, ex.Reason, RefusalText.Vietnamese(ex.ReasonCode, entity.Code));
        }

        var updated = await reader.FindAsync(entity.Code, cancellationToken) ?? entity;
        return new DepartmentActionResult(updated.Code, StateName(updated.State), DossierText.Vietnamese(updated.State), updated.ReturnDate, result.Version);
    }
}
