using System.Text.Json;
using CounterNode.Node.Configuration;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Receives a dossier at the counter: checks the form against the shared rules BEFORE a code is
/// taken (a typo must not burn a number), takes the next dossier-code sequence (Hub online, this
/// node's reserve block offline), computes the return date with its explanation, records
/// <c>dossier.receive</c> durably and only then prints Mẫu 01. A refusal at reception records the
/// dossier and <c>dossier.refuse</c>, and prints Mẫu 03 instead. Works with the Hub down.
/// </summary>
public sealed partial class DossierReceiving(
    IProcedureCatalogue catalogue,
    QueueClock clock,
    INodeReplica replica,
    INumberAllocator numbers,
    MutatorRegistry mutators,
    DossierForms forms,
    DossierPrinter printer,
    IOptions<NodeOptions> node,
    ILogger<DossierReceiving> logger)
{
    /// <summary>Receives and prints Mẫu 01.</summary>
    /// <exception cref="Shared.Errors.DomainException">The form breaks a rule, the procedure is unknown, or no code is available offline; nothing was recorded.</exception>
    public Task<ReceivedDossierResult> ReceiveAsync(OfficerSession officer, ReceiveDossierRequest request, CancellationToken cancellationToken) =>
        RunAsync(officer, request, refuse: false, cancellationToken);

    /// <summary>Records the dossier, refuses it with the reasons, and prints Mẫu 03.</summary>
    /// <exception cref="Shared.Errors.DomainException">No reasons, or the form breaks a rule; nothing was recorded.</exception>
    public Task<ReceivedDossierResult> RefuseAtReceptionAsync(OfficerSession officer, ReceiveDossierRequest request, CancellationToken cancellationToken) =>
        RunAsync(officer, request, refuse: true, cancellationToken);

    private async Task<ReceivedDossierResult> RunAsync(OfficerSession officer, ReceiveDossierRequest request, bool refuse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var counter = node.Value.CounterNumber ?? throw new NotACounterException();
        var procedure = await catalogue.FindAsync(request.ProcedureCode ?? string.Empty, cancellationToken).ConfigureAwait(false)
            ?? throw new ProcedureNotFoundException(request.ProcedureCode ?? string.Empty);
        var agency = AgencyCode.Parse(await catalogue.AgencyCodeAsync(cancellationToken).ConfigureAwait(false));

        var receivedAt = clock.Time.GetUtcNow().ToOffset(clock.Calendar.UtcOffset);
        var day = DateOnly.FromDateTime(receivedAt.DateTime);
        var returnDate = new ReturnDateCalculator(clock.Calendar).Calculate(receivedAt, procedure.ProcessingDays);
        var refusal = refuse ? new RefuseDossierPayload(string.Empty, request.RefusalReasons ?? [], request.RefusalGuidance) : null;
        ReceiveDossierPayload Payload(DossierCode code) => new(
            Guid.CreateVersion7(receivedAt),
            code.Format(),
            procedure.Code,
            procedure.Name,
            procedure.Department,
            procedure.ProcessingDays,
            new DossierApplicant(request.ApplicantName ?? string.Empty, request.ApplicantAddress ?? string.Empty,
                request.ApplicantPhone, request.ApplicantEmail, request.ByProxy, request.AuthorisationNote),
            request.Documents ?? [],
            request.Sets,
            ParseDelivery(request.Delivery),
            request.FeeVnd ?? procedure.Fee,
            counter,
            receivedAt,
            returnDate.ReturnInstant,
            [.. returnDate.Explanation.Steps.Select(s => s.Vietnamese)],
            request.Electronic ?? procedure.Electronic);

        // Same rules as the real mutation, on a throw-away session, before a number is taken.
        DryRun(Payload(new DossierCode(agency, day, DossierCode.MaxSequence)), refusal, officer.OfficerId, receivedAt);

        var number = await numbers.AllocateAsync(new NumberSeries(NumberSeriesKind.Dossier, agency.Value, day), cancellationToken).ConfigureAwait(false);
        if (number.Number > DossierCode.MaxSequence)
            throw new DossierSequenceExhaustedException(agency.Value, day);
        var dossierCode = new DossierCode(agency, day, number.Number);
        var payload = Payload(dossierCode);
        await replica.MutateAsync(DossierMutationTypes.Receive, MutatorJson.ToElement(payload), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            await replica.MutateAsync(DossierMutationTypes.Refuse, MutatorJson.ToElement(refusal with { Code = payload.Code }), officer.OfficerId, cancellationToken)
                .ConfigureAwait(false);
        }

        var stored = await replica.GetAsync(DossierEntityTypes.Dossier, payload.Code, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Dossier {payload.Code} was recorded but cannot be read back.");
        var dossier = stored.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        var job = refusal is null
            ? await printer.PrintAsync(forms.Receipt(dossier, officer.Name), cancellationToken).ConfigureAwait(false)
            : await printer.PrintAsync(forms.Refusal(dossier, officer.Name), cancellationToken).ConfigureAwait(false);
        LogReceived(logger, payload.Code, procedure.Code, refusal is not null, number.Source);

        var source = number.Source.ToString().ToLowerInvariant();
        var printed = job is null ? "máy chưa cấu hình máy in" : refusal is null ? "đã in Giấy tiếp nhận (Mẫu 01)" : "đã in Phiếu từ chối (Mẫu 03)";
        var message = refusal is null
            ? $"Đã tiếp nhận hồ sơ {payload.Code}, hẹn trả {VietnameseTime(returnDate.ReturnInstant)}; {printed}."
            : $"Đã từ chối tiếp nhận hồ sơ {payload.Code}; {printed}.";
        return new ReceivedDossierResult(payload.Code, DossierText.Vietnamese(dossier.State), procedure.Name, receivedAt, returnDate.ReturnInstant,
            payload.ReturnExplanation, source, refusal is null ? "mau-01" : "mau-03", job, message);
    }

    private void DryRun(ReceiveDossierPayload payload, RefuseDossierPayload? refusal, string officer, DateTimeOffset at)
    {
        var session = new BufferedEntitySession((_, _) => null);
        var hlc = HybridTimestamp.Create(at.ToUnixTimeMilliseconds(), 0);
        mutators.Apply(DossierMutationTypes.Receive, new MutationContext(replica.NodeId, 0, Guid.Empty, hlc, officer, false), MutatorJson.ToElement(payload), session);
        if (refusal is not null)
        {
            mutators.Apply(DossierMutationTypes.Refuse, new MutationContext(replica.NodeId, 0, Guid.Empty, hlc, officer, false),
                MutatorJson.ToElement(refusal with { Code = payload.Code }), session);
        }
    }

    private static ResultDelivery ParseDelivery(string? text) =>
        string.Equals(text?.Trim(), "post", StringComparison.OrdinalIgnoreCase) ? ResultDelivery.Post : ResultDelivery.Counter;

    private static string VietnameseTime(DateTimeOffset at) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{at:HH:mm} ngày {at:dd/MM/yyyy}");

    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Received dossier {DossierCode} for procedure {ProcedureCode} (refused: {Refused}, code from {NumberSource})")]
    private static partial void LogReceived(ILogger logger, string dossierCode, string procedureCode, bool refused, NumberSource numberSource);
}
