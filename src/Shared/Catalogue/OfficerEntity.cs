namespace CounterNode.Shared.Catalogue;

/// <summary>
/// An officer (entity <c>catalogue.officer</c>, id = <paramref name="Id"/>). PIN and badge are
/// stored only as <see cref="CredentialHash"/> strings; the plain values never reach the catalogue.
/// </summary>
/// <param name="Id">Officer id: letters, digits, <c>.</c>, <c>_</c>, <c>-</c> (1–32 characters).</param>
/// <param name="Name">Full name with diacritics (public: shown at the counter).</param>
/// <param name="Title">Job title, e.g. "Chuyên viên".</param>
/// <param name="Department">Code of the officer's department.</param>
/// <param name="Phone">Work phone number (may be empty).</param>
/// <param name="PinHash">Hash of the sign-in PIN.</param>
/// <param name="BadgeHash">Hash of the badge secret, when a badge was issued (see <see cref="OfficerBadge"/>).</param>
/// <param name="Active">False for an officer who may no longer sign in (kept for history).</param>
public sealed record OfficerEntity(
    string Id,
    string Name,
    string Title,
    string Department,
    string Phone,
    string PinHash,
    string? BadgeHash = null,
    bool Active = true);
