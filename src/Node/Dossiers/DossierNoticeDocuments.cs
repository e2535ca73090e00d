using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Fills Mẫu 02 / Mẫu 04 of a dossier with what the forms need from the catalogue (the contact
/// officer's name and phone, the department's name). One place for the first print at the
/// receiving counter (<see cref="DossierNoticeWatcher"/>) and reprints at any counter
/// (<see cref="DossierNoticeReprint"/>), so both papers are the same.
/// </summary>
public sealed class DossierNoticeDocuments(IProcedureCatalogue catalogue, DossierForms forms, IOptions<DossierOptions> options)
{
    /// <summary>Mẫu 02 for the dossier's supplement request.</summary>
    /// <exception cref="InvalidOperationException">The dossier has no supplement request.</exception>
    public async Task<IPrintDocument> SupplementAsync(DossierEntity dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var request = dossier.Supplement ?? throw new InvalidOperationException($"Dossier {dossier.Code} has no supplement request.");
        var officer = await catalogue.OfficerAsync(request.OfficerId, cancellationToken).ConfigureAwait(false);
        var phone = string.IsNullOrWhiteSpace(officer?.Phone) ? options.Value.ContactPhone : officer.Phone;
        return forms.Supplement(dossier, officer?.Name ?? request.OfficerId, phone);
    }

    /// <summary>Mẫu 04 for the <paramref name="index"/>-th delay report.</summary>
    public async Task<IPrintDocument> ApologyAsync(DossierEntity dossier, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return forms.Apology(dossier, index, await catalogue.DepartmentNameAsync(dossier.Department, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The paper of an open notice.</summary>
    public Task<IPrintDocument> ForAsync(DossierEntity dossier, OpenDossierNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Form == DossierNoticeForm.Supplement
            ? SupplementAsync(dossier, cancellationToken)
            : ApologyAsync(dossier, notice.DelayIndex, cancellationToken);
    }
}
