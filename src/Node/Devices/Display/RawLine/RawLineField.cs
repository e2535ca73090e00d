namespace CounterNode.Node.Devices.Display.RawLine;

/// <summary>The values a raw-line template can insert.</summary>
public enum RawLineField
{
    /// <summary><c>{number}</c>: the ticket number as printed ("A012").</summary>
    Number,

    /// <summary><c>{digits}</c>: only the digits of the ticket number ("012"), for boards that show digits only.</summary>
    Digits,

    /// <summary><c>{counter}</c>: the counter number.</summary>
    Counter,

    /// <summary><c>{address}</c>: the board's bus address (<c>Display:Address</c>, default the counter number).</summary>
    Address,
}
