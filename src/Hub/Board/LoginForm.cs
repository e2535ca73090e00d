namespace CounterNode.Hub.Board;

/// <summary>The login form's fields.</summary>
public sealed class LoginForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
