using CounterNode.Hub.Configuration;
using CounterNode.Shared.Calendar;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Rotation;

/// <summary>What the rotation endpoints need, injected as one parameter.</summary>
public sealed class RotationServices(
    RotationReader reader,
    RotationCommands commands,
    IAntiforgery antiforgery,
    IOptions<HubOptions> hub,
    TimeProvider time,
    IWorkingCalendarSource calendar)
{
    public RotationReader Reader { get; } = reader;

    public RotationCommands Commands { get; } = commands;

    public IAntiforgery Antiforgery { get; } = antiforgery;

    public IOptions<HubOptions> Hub { get; } = hub;

    public TimeProvider Time { get; } = time;

    /// <summary>The center's working calendar in force now (the catalogue's, as the shared mutators use).</summary>
    public WorkingCalendar Calendar => calendar.Current;
}
