namespace CounterNode.Node.Devices.Display.Web;

/// <summary>
/// The web display's current state. Text keeps full Vietnamese diacritics (a browser can show them).
/// </summary>
/// <param name="Version">Counts up with every change, so a page can ignore stale pushes.</param>
/// <param name="Screen">What is shown.</param>
/// <param name="TicketNumber">The called number, for <see cref="CounterDisplayScreen.Call"/>.</param>
/// <param name="Counter">The counter, for a call or the idle screen.</param>
/// <param name="Since">When this state began.</param>
/// <param name="Department">Department staffing the counter now (shared counters rotate), if known.</param>
public sealed record CounterDisplayState(long Version, CounterDisplayScreen Screen, string? TicketNumber, int? Counter, DateTimeOffset Since, string? Department = null);
