using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Rotation;

/// <summary>
/// The Hub's authoritative run refused a change the page's own check had accepted (the data
/// changed in between, e.g. two supervisors at once). Nothing was changed.
/// </summary>
public sealed class RotationChangeRefusedException(string reasonCode, string reason)
    : DomainException(reasonCode, reason, "Máy chủ từ chối thay đổi vì dữ liệu vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.");
