namespace CounterNode.Hub.Board;

/// <summary>The logout form (no fields besides the anti-forgery token, which binding a form makes the endpoint check).</summary>
public sealed class LogoutForm
{
}
