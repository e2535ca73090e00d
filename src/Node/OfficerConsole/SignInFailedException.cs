using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Unknown officer or wrong PIN (deliberately the same answer for both).</summary>
public sealed class SignInFailedException()
    : DomainException("console.sign-in-failed", "Unknown officer or wrong PIN.", "Mã cán bộ hoặc mã PIN không đúng.");
