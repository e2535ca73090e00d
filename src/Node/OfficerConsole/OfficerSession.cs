namespace CounterNode.Node.OfficerConsole;

/// <summary>A signed-in officer at this console.</summary>
/// <param name="Token">Opaque session token (cookie).</param>
/// <param name="OfficerId">Login id, recorded as the mutations' officer.</param>
/// <param name="Name">Name shown on the console.</param>
/// <param name="SignedInAt">When.</param>
public sealed record OfficerSession(string Token, string OfficerId, string Name, DateTimeOffset SignedInAt)
{
    /// <summary>Never print the token.</summary>
    public override string ToString() => $"OfficerSession {{ OfficerId = {OfficerId} }}";
}
