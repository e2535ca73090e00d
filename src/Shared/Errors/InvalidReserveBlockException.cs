namespace CounterNode.Shared.Errors;

/// <summary>
/// A reserve block that cannot be right: an empty or reversed range, numbers outside the
/// series' limits, a malformed series key or no node. Blocks arrive from the Hub over the wire
/// and from the node's own database, so they are checked rather than trusted.
/// </summary>
public sealed class InvalidReserveBlockException : DomainException
{
    /// <param name="code">Stable code, e.g. <c>reserve-block.reversed-range</c>.</param>
    /// <param name="message">English explanation.</param>
    /// <param name="displayMessage">Vietnamese explanation.</param>
    public InvalidReserveBlockException(string code, string message, string displayMessage)
        : base(code, message, displayMessage)
    {
    }
}
