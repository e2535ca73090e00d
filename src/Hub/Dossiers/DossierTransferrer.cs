using CounterNode.Hub.Sync;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Dossiers.Transfer;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Hands received dossiers to their departments by issuing <c>dossier.transfer</c> through
/// <see cref="HubMutationIssuer"/> (hash-chained, poked to the department's counters at once):
/// electronic dossiers one by one as soon as the Hub has them, paper dossiers in the batch of a
/// slot. A transfer the rules refuse (someone else transferred it meanwhile) is logged and skipped.
/// </summary>
public sealed class DossierTransferrer(
    DossierReader reader,
    TransferPlanSource plans,
    HubMutationIssuer issuer,
    IOptions<DossierHubOptions> options,
    ILogger<DossierTransferrer> logger)
{
    /// <summary>Transfers every electronic dossier still waiting; returns how many went.</summary>
    public async Task<int> TransferElectronicAsync(CancellationToken cancellationToken)
    {
        var waiting = await reader.GetAwaitingTransferAsync(cancellationToken);
        var sent = 0;
        foreach (var dossier in waiting.Where(d => d.Reception.Electronic))
        {
            if (await TryTransferAsync(dossier.Code, TransferBatchIds.Electronic(dossier.Code), cancellationToken))
            {
                sent++;
                DossierHubLog.ElectronicTransferred(logger, dossier.Code, dossier.Department);
            }
        }

        return sent;
    }

    /// <summary>
    /// Forms the paper batches of <paramref name="slot"/> (every paper dossier due in it or an
    /// earlier one) and transfers their dossiers; returns the batches with the codes that went.
    /// </summary>
    public async Task<IReadOnlyList<TransferBatch>> FormBatchesAsync(TransferSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var planner = await plans.GetAsync(cancellationToken);
        var waiting = await reader.GetAwaitingTransferAsync(cancellationToken);
        var batches = planner.FormBatches(slot, waiting.Select(DossierReader.ToPending));
        var formed = new List<TransferBatch>(batches.Count);
        foreach (var batch in batches)
        {
            var sent = new List<string>(batch.Codes.Count);
            foreach (var code in batch.Codes)
            {
                if (await TryTransferAsync(code, batch.BatchId, cancellationToken))
                    sent.Add(code);
            }

            DossierHubLog.BatchFormed(logger, batch.BatchId, batch.Department, slot.ToString(), sent.Count);
            if (sent.Count > 0)
                formed.Add(batch with { Codes = sent });
        }

        return formed;
    }

    private async Task<bool> TryTransferAsync(string code, string batchId, CancellationToken cancellationToken)
    {
        try
        {
            await issuer.IssueAsync(DossierMutationTypes.Transfer, new TransferDossierPayload(code, batchId), options.Value.TransferOfficer, cancellationToken);
            return true;
        }
        catch (HubMutationRejectedException ex)
        {
            DossierHubLog.TransferRefused(logger, code, ex.ReasonCode);
            return false;
        }
    }
}
