namespace CounterNode.Node.OfficerConsole;

/// <summary>The answer to a console action.</summary>
/// <param name="Action">What was done, e.g. <c>call-next</c>.</param>
/// <param name="TicketId">The ticket acted on.</param>
/// <param name="TicketNumber">Its printed number.</param>
/// <param name="Decision"><c>applied</c> (Hub confirmed), <c>pending</c> (decided locally, Hub not reached) or <c>rejected</c> (the Hub refused: another counter holds it).</param>
/// <param name="Message">Vietnamese text for the console.</param>
public sealed record ConsoleActionResult(string Action, Guid TicketId, string TicketNumber, string Decision, string Message);
