using System.Globalization;

namespace CounterNode.Shared.Errors;

/// <summary>
/// A delay report (Mẫu 04) whose new return date is not after the return date in force. An
/// apology with a new appointment only makes sense if the appointment moves later.
/// </summary>
public sealed class ReturnDateNotLaterException : DomainException
{
    /// <param name="dossierCode">Code of the dossier.</param>
    /// <param name="currentReturnDate">Return date in force.</param>
    /// <param name="proposedReturnDate">The refused new date.</param>
    public ReturnDateNotLaterException(string dossierCode, DateOnly currentReturnDate, DateOnly proposedReturnDate)
        : base(
            "dossier.return-date-not-later",
            string.Create(CultureInfo.InvariantCulture, $"Dossier {dossierCode}: the new return date {proposedReturnDate:yyyy-MM-dd} must be after the current one ({currentReturnDate:yyyy-MM-dd})."),
            string.Create(CultureInfo.InvariantCulture, $"Hồ sơ {dossierCode}: ngày hẹn trả mới ({proposedReturnDate:dd/MM/yyyy}) phải sau ngày hẹn trả hiện tại ({currentReturnDate:dd/MM/yyyy})."))
    {
        DossierCode = dossierCode;
        CurrentReturnDate = currentReturnDate;
        ProposedReturnDate = proposedReturnDate;
    }

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }

    /// <summary>Return date in force.</summary>
    public DateOnly CurrentReturnDate { get; }

    /// <summary>The refused new date.</summary>
    public DateOnly ProposedReturnDate { get; }
}
