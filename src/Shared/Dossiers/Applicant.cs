namespace CounterNode.Shared.Dossiers;

/// <summary>
/// The citizen or organisation who filed a dossier: personal data (RULES 11). Kept apart from
/// the dossier's workflow so it can be stored, scoped and erased on its own, and its
/// <see cref="ToString"/> is redacted so it cannot leak into logs through string interpolation
/// or a structured-logging destructure of the record.
/// </summary>
public sealed record Applicant
{
    /// <param name="fullName">Name as on the receipt.</param>
    /// <param name="phone">Phone, if given.</param>
    /// <param name="address">Address, if given.</param>
    /// <param name="email">E-mail, if given.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public Applicant(string fullName, string? phone = null, string? address = null, string? email = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        FullName = fullName.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    /// <summary>Full name.</summary>
    public string FullName { get; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; }

    /// <summary>Postal address.</summary>
    public string? Address { get; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; }

    /// <summary>Redacted: personal data never goes into logs.</summary>
    public override string ToString() => "Applicant { (personal data redacted) }";
}
