namespace CounterNode.Node.OfficerConsole;

/// <summary>Something the officer must see (a rejected scan, a conflict about this counter, a refused call).</summary>
/// <param name="Id">Increasing id, so the page shows each alert once.</param>
/// <param name="At">When.</param>
/// <param name="Message">Vietnamese text.</param>
public sealed record ConsoleAlert(long Id, DateTimeOffset At, string Message);
