using System.Text.Json;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// Every catalogue edit made at the Hub: checked against the current catalogue first (for a
/// precise, field-named error), then issued as <c>catalogue.put</c>/<c>catalogue.remove</c>
/// through <see cref="HubMutationIssuer"/>, which applies the shared mutator and pokes the nodes.
/// An edit may carry the <see cref="CatalogueEntryToken"/> of the entry it was based on: it goes
/// into the payload and the MUTATOR checks it inside the push transaction, so two administrators
/// (or two Hub instances) saving the same entry cannot overwrite each other silently; the second
/// gets <see cref="CatalogueChangedMeanwhileException"/>. The editor's own read-modify-writes
/// (officers keep their hashes, a badge replaces one) always carry the token of what they read.
/// </summary>
public sealed class CatalogueEditor(HubMutationIssuer issuer, CatalogueReader reader, ILogger<CatalogueEditor> logger)
{
    /// <summary>Creates or replaces an entry of any type except officers (see <see cref="SaveOfficerAsync"/>).</summary>
    /// <exception cref="Shared.Errors.DomainException">The entry is refused; nothing changed.</exception>
    /// <param name="expectedToken">The token the edit was based on (<c>absent</c> = create only); null = replace whatever is stored.</param>
    public async Task<CatalogueSaved> PutAsync(string entityType, string id, JsonElement data, string user, string? expectedToken, CancellationToken cancellationToken)
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
        var version = await IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(entityType, id, normalised, expectedToken), entityType, id, user, cancellationToken);
        CatalogueLog.Saved(logger, entityType, id, user, version);
        return new CatalogueSaved(entityType, id, version, normalised) { Token = CatalogueEntryToken.Of(normalised) };
    }

    /// <summary>Removes an entry.</summary>
    /// <param name="expectedToken">The token of the entry as the administrator saw it; null = remove whatever is stored.</param>
    public async Task<CatalogueSaved> RemoveAsync(string entityType, string id, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        if (entityType == CatalogueEntityTypes.Center)
        {
            throw new InvalidCatalogueEntryException(entityType, id, "entityType",
                "the center record can be edited but not removed.", "thông tin Trung tâm chỉ được sửa, không được xóa.");
        }

        var version = await IssueAsync(CatalogueMutationTypes.Remove, new CatalogueRemovePayload(entityType, id, expectedToken), entityType, id, user, cancellationToken);
        CatalogueLog.Removed(logger, entityType, id, user, version);
        return new CatalogueSaved(entityType, id, version, null);
    }

    /// <summary>Creates or edits an officer; a new PIN is hashed here, an existing PIN and badge are kept when not given.</summary>
    /// <param name="expectedToken">The token the edit was based on; null = the token of the officer as read here (the stored hashes are merged in, so a concurrent badge must not be undone).</param>
    public async Task<CatalogueSaved> SaveOfficerAsync(string id, OfficerEdit edit, string user, string? expectedToken, CancellationToken cancellationToken)
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
        var guard = expectedToken ?? snapshot.Token(type, id);
        var version = await IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(type, id, normalised, guard), type, id, user, cancellationToken);
        CatalogueLog.Saved(logger, type, id, user, version);
        return new CatalogueSaved(type, id, version, null) { Token = CatalogueEntryToken.Of(normalised) };
    }

    /// <summary>Issues a new badge (the old one stops working); the barcode is returned once and only its hash stored.</summary>
    /// <param name="expectedToken">The token of the officer as the administrator saw it; null = the token of the officer as read here.</param>
    public async Task<BadgeIssued> IssueBadgeAsync(string id, string user, string? expectedToken, CancellationToken cancellationToken)
    {
        const string type = CatalogueEntityTypes.Officer;
        var snapshot = await reader.ReadAsync(cancellationToken);
        var existing = snapshot.Get<OfficerEntity>(type, id) ?? throw new CatalogueEntryNotFoundException(type, id);
        var secret = OfficerBadge.NewSecret();
        var officer = existing with { BadgeHash = CredentialHash.Hash(secret) };
        var normalised = CatalogueEntryValidator.Normalise(type, id, MutatorJson.ToElement(officer), snapshot.ToSession());
        var guard = expectedToken ?? snapshot.Token(type, id);
        var version = await IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(type, id, normalised, guard), type, id, user, cancellationToken);
        CatalogueLog.BadgeIssued(logger, id, user);
        return new BadgeIssued(id, OfficerBadge.Format(id, secret), version) { Token = CatalogueEntryToken.Of(normalised) };
    }

    /// <summary>The current catalogue for the admin page.</summary>
    public async Task<CatalogueView> ViewAsync(CancellationToken cancellationToken) =>
        CatalogueView.From(await reader.ReadAsync(cancellationToken));

    /// <summary>One entry with its token, or null when it does not exist (officers without their hashes).</summary>
    public async Task<CatalogueEntryView?> ReadEntryAsync(string entityType, string id, CancellationToken cancellationToken)
    {
        var snapshot = await reader.ReadAsync([entityType], cancellationToken);
        if (snapshot.Find(entityType, id) is not { } data)
            return null;
        var shown = entityType == CatalogueEntityTypes.Officer && snapshot.Get<OfficerEntity>(entityType, id) is { } o
            ? MutatorJson.ToElement(new OfficerView(o.Id, o.Name, o.Title, o.Department, o.Phone, o.Active, o.BadgeHash is not null))
            : data;
        return new CatalogueEntryView(entityType, id, shown, CatalogueEntryToken.Of(data));
    }

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
                CatalogueChangedMeanwhileException.ErrorCode => await ChangedMeanwhileAsync(payload, entityType, id, cancellationToken),
                _ => new CatalogueEditRefusedException(ex.ReasonCode, ex.Reason),
            };
        }
    }

    // The push outcome carries only the code: rebuild the typed refusal with what is stored now
    // (removed or edited decides the Vietnamese wording).
    private async Task<CatalogueChangedMeanwhileException> ChangedMeanwhileAsync(object payload, string entityType, string id, CancellationToken cancellationToken)
    {
        var expected = payload switch
        {
            CataloguePutPayload put => put.ExpectedToken,
            CatalogueRemovePayload remove => remove.ExpectedToken,
            _ => null,
        } ?? CatalogueEntryToken.Absent;
        var current = (await reader.ReadAsync([entityType], cancellationToken)).Token(entityType, id);
        return new CatalogueChangedMeanwhileException(entityType, id, expected, current);
    }
}
