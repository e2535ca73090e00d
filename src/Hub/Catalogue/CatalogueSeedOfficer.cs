namespace CounterNode.Hub.Catalogue;

/// <summary>An officer of a seed file: the PIN already hashed; the badge barcode in clear (DEMO files only) and hashed when seeding.</summary>
public sealed record CatalogueSeedOfficer(
    string Id,
    string Name,
    string Title,
    string Department,
    string Phone,
    string PinHash,
    string? Badge = null,
    bool Active = true);
