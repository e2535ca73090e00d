using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Departments;

/// <summary>A delay report without a new return date (nor a number of extra working days to compute it from).</summary>
public sealed class NewReturnDateRequiredException(string dossierCode)
    : DomainException(
        "department.new-return-date-required",
        $"Dossier {dossierCode}: a delay report needs a new return date or a number of extra working days.",
        $"Hồ sơ {dossierCode}: phải nhập ngày hẹn trả mới hoặc số ngày làm việc cần gia hạn.")
{
    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; } = dossierCode;
}
