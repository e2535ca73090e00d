using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>A console action without a signed-in officer.</summary>
public sealed class NotSignedInException()
    : DomainException("console.not-signed-in", "Sign in at the console first.", "Vui lòng đăng nhập trước.");
