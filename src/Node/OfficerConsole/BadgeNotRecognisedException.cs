using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// A scanned badge is malformed, belongs to no active officer, or was replaced by a newer one.
/// The message never repeats the scanned text (it holds the badge secret).
/// </summary>
public sealed class BadgeNotRecognisedException()
    : DomainException(
        "console.badge-not-recognised",
        "The scanned officer badge is not recognised.",
        "Thẻ cán bộ không hợp lệ hoặc đã được thay bằng thẻ mới. Vui lòng quét lại hoặc đăng nhập bằng mã cán bộ.");
