using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.receive</c>: a dossier was received at a counter and its receipt printed — a FACT,
/// checked for shape and consistency (the code's date is the reception day, the return date is
/// not before it, a proxy has an authorisation) but not against the catalogue, which may have
/// changed since. Stored in the scope <c>dept:Department</c> only: the applicant's data reaches
/// that department's counters and the Hub, never the whole center.
/// </summary>
public sealed class ReceiveDossierMutator : IMutator
{
    /// <summary>Most sets accepted on one receipt.</summary>
    public const int MaxSets = 99;

    /// <inheritdoc />
    public string Type => DossierMutationTypes.Receive;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<ReceiveDossierPayload>(Type, payload);
        var officer = DossierRules.Officer(Type, context);
        var code = DossierCode.Parse(p.Code);
        Validate(p, code);
        var text = code.Format();
        if (entities.Get(DossierEntityTypes.Dossier, text) is not null)
            throw new DossierAlreadyExistsException(text);

        var applicant = Normalise(p.Applicant);
        if (applicant.ByProxy && applicant.AuthorisationNote is null)
            throw new ProxyAuthorisationRequiredException(text);

        var returnDate = DateOnly.FromDateTime(p.ReturnAt.DateTime);
        Dossier dossier;
        try
        {
            dossier = Dossier.Receive(p.DossierId, code, p.ProcedureCode.Trim(), applicant.ToApplicant(), returnDate, officer, p.Counter, p.ReceivedAt);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidMutationPayloadException(Type, ex.Message);
        }

        var reception = new DossierReception(
            p.ProcedureName.Trim(), p.ProcessingDays,
            [.. p.Documents.Select(d => d with { Name = d.Name.Trim(), Form = d.Form.Trim() })],
            p.Sets, p.Delivery, p.FeeVnd, p.ReturnAt, [.. p.ReturnExplanation.Select(l => l.Trim())], p.Electronic, context.NodeId);
        var entity = new DossierEntity(
            dossier.Id, text, dossier.ProcedureCode, p.Department.Trim(), applicant, reception, officer, p.Counter, p.ReceivedAt,
            returnDate, returnDate, dossier.State, TransferBatch: null, TransferredTo: null, Supplement: null, Refusal: null,
            RefusalReasons: null, RefusalGuidance: null, Collection: null, Delays: [], History: []);
        DossierRules.Save(entities, entity);
    }

    private void Validate(ReceiveDossierPayload p, DossierCode code)
    {
        string? problem =
            p.DossierId == Guid.Empty ? "dossierId is required." :
            string.IsNullOrWhiteSpace(p.ProcedureCode) ? "procedureCode is required." :
            string.IsNullOrWhiteSpace(p.ProcedureName) ? "procedureName is required." :
            string.IsNullOrWhiteSpace(p.Department) || !SyncScope.IsValid(SyncScope.Department(p.Department.Trim())) ? "department must be a department code (letters, digits, '-', '_')." :
            p.ProcessingDays is < 0 or > ReturnDateCalculator.MaxProcessingDays ? $"processingDays must be 0-{ReturnDateCalculator.MaxProcessingDays}." :
            p.Applicant is null || string.IsNullOrWhiteSpace(p.Applicant.FullName) ? "applicant.fullName is required." :
            string.IsNullOrWhiteSpace(p.Applicant.Address) ? "applicant.address is required." :
            p.Documents is null || p.Documents.Count == 0 ? "documents must list at least one submitted paper." :
            p.Documents.Any(d => d is null || string.IsNullOrWhiteSpace(d.Name) || string.IsNullOrWhiteSpace(d.Form) || d.Quantity < 1) ? "every document needs a name, a form and a quantity of at least 1." :
            p.Sets is < 1 or > MaxSets ? $"sets must be 1-{MaxSets}." :
            p.FeeVnd < 0 ? "feeVnd cannot be negative." :
            p.Counter < 1 ? "counter must be a positive counter number." :
            DateOnly.FromDateTime(p.ReceivedAt.DateTime) != code.Date ? "the code's date must be the center-local day of receivedAt." :
            p.ReturnAt < p.ReceivedAt ? "returnAt cannot be before receivedAt." :
            p.ReturnExplanation is null || p.ReturnExplanation.Count == 0 || p.ReturnExplanation.Any(string.IsNullOrWhiteSpace) ? "returnExplanation must explain the return date (non-empty lines)." :
            null;
        if (problem is not null)
            throw new InvalidMutationPayloadException(Type, problem);
    }

    private static DossierApplicant Normalise(DossierApplicant a) => new(
        a.FullName.Trim(),
        a.Address.Trim(),
        string.IsNullOrWhiteSpace(a.Phone) ? null : a.Phone.Trim(),
        string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim(),
        a.ByProxy,
        string.IsNullOrWhiteSpace(a.AuthorisationNote) ? null : a.AuthorisationNote.Trim());
}
