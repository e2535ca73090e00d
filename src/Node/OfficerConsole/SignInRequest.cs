using CounterNode.Shared.Catalogue;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Body of <c>POST /api/console/sign-in</c>.</summary>
/// <param name="OfficerId">Login id, or a scanned badge <c>CB:&lt;officerId&gt;:&lt;secret&gt;</c>.</param>
/// <param name="Pin">PIN (never logged).</param>
public sealed record SignInRequest(string? OfficerId, string? Pin)
{
    /// <summary>Never print the PIN, nor a badge's secret.</summary>
    public override string ToString() =>
        $"SignInRequest {{ OfficerId = {(OfficerBadge.IsBadge(OfficerId) ? OfficerBadge.Redact(OfficerId) : OfficerId)} }}";
}
