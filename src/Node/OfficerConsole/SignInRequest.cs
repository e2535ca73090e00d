namespace CounterNode.Node.OfficerConsole;

/// <summary>Body of <c>POST /api/console/sign-in</c>.</summary>
/// <param name="OfficerId">Login id.</param>
/// <param name="Pin">PIN (never logged).</param>
public sealed record SignInRequest(string? OfficerId, string? Pin)
{
    /// <summary>Never print the PIN.</summary>
    public override string ToString() => $"SignInRequest {{ OfficerId = {OfficerId} }}";
}
