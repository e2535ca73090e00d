using System.Text.Json;
using CounterNode.Node.Configuration;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Finds dossiers by typed or scanned code and records returns and later refusals. The local
/// replica answers first (it holds every dossier of the departments this counter serves); an
/// unknown code makes the node pull from the Hub once, briefly, in case the dossier was received
/// elsewhere moments ago. Malformed codes are refused with the typed reason; nothing changes.
/// </summary>
public sealed partial class DossierDesk(
    INodeReplica replica,
    IServiceProvider services,
    DossierForms forms,
    DossierPrinter printer,
    IOptions<DossierOptions> options,
    IOptions<NodeOptions> node,
    ILogger<DossierDesk> logger)
{
    /// <summary>The dossier with the typed or scanned code.</summary>
    /// <exception cref="DossierCodeFormatException">Not a dossier code (names the part and rule).</exception>
    /// <exception cref="DossierNotFoundException">No such dossier here nor at the Hub.</exception>
    public async Task<DossierView> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var (entity, pending) = await LoadAsync(text, cancellationToken).ConfigureAwait(false);
        return DossierView.From(entity, pending);
    }

    /// <summary>Records who collected the result.</summary>
    /// <exception cref="DomainException">Unknown or malformed code, already returned, not ready, no collector, proxy without authorisation.</exception>
    public async Task<DossierView> ReturnAsync(OfficerSession officer, ReturnDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var (entity, _) = await LoadAsync(request.Code, cancellationToken).ConfigureAwait(false);
        if (entity.Collection is { } done)
            throw new DossierAlreadyReturnedException(entity.Code, done.At);
        var payload = new ReturnDossierPayload(entity.Code, node.Value.CounterNumber, request.CollectorName ?? string.Empty, request.ByProxy, request.AuthorisationNote);
        await replica.MutateAsync(DossierMutationTypes.Return, MutatorJson.ToElement(payload), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        LogReturned(logger, entity.Code, request.ByProxy);
        var (returned, pending) = await LoadAsync(entity.Code, cancellationToken).ConfigureAwait(false);
        return DossierView.From(returned, pending, $"Đã trả kết quả hồ sơ {entity.Code}" + (request.ByProxy ? " cho người được ủy quyền." : "."));
    }

    /// <summary>Records that the citizen supplied what the department asked for (<c>dossier.supplemented</c>); works offline.</summary>
    /// <exception cref="DomainException">Unknown or malformed code, or no supplement was requested.</exception>
    public async Task<DossierView> RecordSupplementAsync(OfficerSession officer, SupplementedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var (entity, _) = await LoadAsync(request.Code, cancellationToken).ConfigureAwait(false);
        await replica.MutateAsync(DossierMutationTypes.Supplemented, MutatorJson.ToElement(new DossierCodePayload(entity.Code)), officer.OfficerId, cancellationToken)
            .ConfigureAwait(false);
        LogSupplemented(logger, entity.Code);
        var (supplemented, pending) = await LoadAsync(entity.Code, cancellationToken).ConfigureAwait(false);
        return DossierView.From(supplemented, pending, $"Đã ghi nhận hồ sơ {entity.Code} được bổ sung; chuyển lại cơ quan chuyên môn.");
    }

    /// <summary>Refuses a received dossier with written reasons and prints Mẫu 03.</summary>
    public async Task<DossierView> RefuseAsync(OfficerSession officer, RefuseDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var (entity, _) = await LoadAsync(request.Code, cancellationToken).ConfigureAwait(false);
        await replica.MutateAsync(DossierMutationTypes.Refuse,
            MutatorJson.ToElement(new RefuseDossierPayload(entity.Code, request.Reasons ?? [], request.Guidance)), officer.OfficerId, cancellationToken).ConfigureAwait(false);
        var (refused, pending) = await LoadAsync(entity.Code, cancellationToken).ConfigureAwait(false);
        var job = await printer.PrintAsync(forms.Refusal(refused, officer.Name), cancellationToken).ConfigureAwait(false);
        LogRefused(logger, entity.Code);
        return DossierView.From(refused, pending, $"Đã từ chối hồ sơ {entity.Code}" + (job is null ? "." : "; đã in Phiếu từ chối (Mẫu 03)."));
    }

    /// <summary>The stored dossier of a typed or scanned code (replica first, then one brief pull from the Hub).</summary>
    /// <exception cref="DossierCodeFormatException">Not a dossier code.</exception>
    /// <exception cref="DossierNotFoundException">No such dossier here nor at the Hub.</exception>
    internal async Task<(DossierEntity Entity, bool Pending)> LoadAsync(string? text, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParseScanned(text, out var code, out var error))
            throw new DossierCodeFormatException(error);
        var id = code.Format();
        var stored = await replica.GetAsync(DossierEntityTypes.Dossier, id, cancellationToken).ConfigureAwait(false)
            ?? await PullAndGetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new DossierNotFoundException(id);
        return (stored.Data.Deserialize<DossierEntity>(MutatorJson.Options)!, stored.IsPending);
    }

    private async Task<ReplicaEntity?> PullAndGetAsync(string code, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HubLookupTimeout);
        try
        {
            await services.GetRequiredService<SyncEngine>().PullAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HubUnreachableException or HubRequestRefusedException or SyncProtocolViolationException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogHubLookupFailed(logger, code, ex.GetType().Name);
            return null;
        }

        return await replica.GetAsync(DossierEntityTypes.Dossier, code, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Returned the result of dossier {DossierCode} (by proxy: {ByProxy})")]
    private static partial void LogReturned(ILogger logger, string dossierCode, bool byProxy);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Information, Message = "Refused dossier {DossierCode}")]
    private static partial void LogRefused(ILogger logger, string dossierCode);

    [LoggerMessage(EventId = 4413, Level = LogLevel.Information, Message = "Recorded the supplement of dossier {DossierCode}")]
    private static partial void LogSupplemented(ILogger logger, string dossierCode);

    [LoggerMessage(EventId = 4412, Level = LogLevel.Information, Message = "Dossier {DossierCode} is not in the replica and the Hub could not be asked ({Failure})")]
    private static partial void LogHubLookupFailed(ILogger logger, string dossierCode, string failure);
}
