using System.Text.Json;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// Every catalogue edit made at the Hub: checked against the current catalogue first (for a
/// precise, field-named error), then issued as <c>catalogue.put</c>/<c>catalogue.remove</c>
/// through <see cref="HubMutationIssuer"/>, which applies the shared mutator and pokes the nodes.
/// </summary>
public sealed class CatalogueEditor(HubMutationIssuer issuer, CatalogueReader reader, ILogger<CatalogueEditor> logger)
{
    /// <summary>Creates or replaces an entry of any type except officers (see <see cref="SaveOfficerAsync"/>).</summary>
    /// <exception cref="Shared.Errors.DomainException">The entry is refused; nothing changed.</exception>
    public async Task<CatalogueSaved> PutAsync(string entityType, string id, JsonElement data, string user, CancellationToken cancellationToken)
    {
        if (entityType == CatalogueEntityTypes.Officer)
        {
            // Officers carry credential hashes that must never be round-tripped through a browser form.
            throw new InvalidCatalogueEntryException(entityType, id, "entityType",
                "officers are edited through the officers endpoint (PIN and badge are set there).",
                "cán bộ được sửa ở mục Cán bộ (mã PIN và thẻ đặt riêng).");
        }

        var snapshot = await reader.ReadAsync(cancellationToken);
        var normalised = CatalogueEntryValidator.Normalise(entityType, id, data, snapshot.ToSession());
        var version = await IssueAsync(CatalogueMutationTypes.Put, new { entityType, id, data = normalised }, entityType, id, user, cancellationToken);
        CatalogueLog.Saved(logger, entityType, id, user, version);
        return new CatalogueSaved(entityType, id, version, normalised);
    }

    /// <summary>Removes an entry.</summary>
    public async Task<CatalogueSaved> RemoveAsync(string entityType, string id, string user, CancellationToken cancellationToken)
    {
        if (entityType == CatalogueEntityTypes.Center)
        {
            throw new InvalidCatalogueEntryException(entityType, id, "entityType",
                "the center record can be edited but not removed.", "thông tin Trung tâm chỉ được sửa, không được xóa.");
        }

        var version = await IssueAsync(CatalogueMutationTypes.Remove, new CatalogueRemovePayload(entityType, id), entityType, id, user, cancellationToken);
        CatalogueLog.Removed(logger, entityType, id, user, version);
        return new CatalogueSaved(entityType, id, version, null);
    }

    /// <summary>Creates or edits an officer; a new PIN is hashed here, an existing PIN and badge are kept when not given.</summary>
    public async Task<CatalogueSaved> SaveOfficerAsync(string id, OfficerEdit edit, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        const string type = CatalogueEntityTypes.Officer;
        var snapshot = await reader.ReadAsync(cancellationToken);
        var existing = snapshot.Get<OfficerEntity>(type, id);
        string pinHash;
        if (!string.IsNullOrEmpty(edit.Pin))
        {
            if (!CatalogueRules.IsPin(edit.Pin))
                throw new InvalidCatalogueEntryException(type, id, "pin", "must be 4-8 digits.", "mã PIN phải gồm 4 đến 8 chữ số.");
            pinHash = CredentialHash.Hash(edit.Pin);
        }
        else
        {
            pinHash = existing?.PinHash
                ?? throw new InvalidCatalogueEntryException(type, id, "pin", "is required for a new officer.", "cán bộ mới phải có mã PIN.");
        }

        var officer = new OfficerEntity(id, edit.Name ?? string.Empty, edit.Title ?? string.Empty, edit.Department ?? string.Empty,
            edit.Phone ?? string.Empty, pinHash, existing?.BadgeHash, edit.Active);
        var normalised = CatalogueEntryValidator.Normalise(type, id, MutatorJson.ToElement(officer), snapshot.ToSession());
        var version = await IssueAsync(CatalogueMutationTypes.Put, new { entityType = type, id, data = normalised }, type, id, user, cancellationToken);
        CatalogueLog.Saved(logger, type, id, user, version);
        return new CatalogueSaved(type, id, version, null);
    }

    /// <summary>Issues a new badge (the old one stops working); the barcode is returned once and only its hash stored.</summary>
    public async Task<BadgeIssued> IssueBadgeAsync(string id, string user, CancellationToken cancellationToken)
    {
        const string type = CatalogueEntityTypes.Officer;
        var snapshot = await reader.ReadAsync(cancellationToken);
        var existing = snapshot.Get<OfficerEntity>(type, id) ?? throw new CatalogueEntryNotFoundException(type, id);
        var secret = OfficerBadge.NewSecret();
        var officer = existing with { BadgeHash = CredentialHash.Hash(secret) };
        var version = await IssueAsync(CatalogueMutationTypes.Put, new { entityType = type, id, data = MutatorJson.ToElement(officer) }, type, id, user, cancellationToken);
        CatalogueLog.BadgeIssued(logger, id, user);
        return new BadgeIssued(id, OfficerBadge.Format(id, secret), version);
    }

    /// <summary>The current catalogue for the admin page.</summary>
    public async Task<CatalogueView> ViewAsync(CancellationToken cancellationToken) =>
        CatalogueView.From(await reader.ReadAsync(cancellationToken));

    private async Task<long> IssueAsync(string mutationType, object payload, string entityType, string id, string user, CancellationToken cancellationToken)
    {
        try
        {
            return (await issuer.IssueAsync(mutationType, payload, user, cancellationToken)).Version;
        }
        catch (HubMutationRejectedException ex)
        {
            CatalogueLog.Refused(logger, entityType, id, user, ex.ReasonCode);
            throw ex.ReasonCode switch
            {
                CatalogueEntryNotFoundException.ErrorCode => new CatalogueEntryNotFoundException(entityType, id),
                _ => new CatalogueEditRefusedException(ex.ReasonCode, ex.Reason),
            };
        }
    }
}
