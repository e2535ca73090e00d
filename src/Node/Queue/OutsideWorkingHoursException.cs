using CounterNode.Shared.Errors;

namespace CounterNode.Node.Queue;

/// <summary>RULES 1: no ticket is issued outside working hours for service the same day.</summary>
public sealed class OutsideWorkingHoursException(string sessions)
    : DomainException(
        "queue.outside-working-hours",
        $"Tickets are issued only during working hours ({sessions}) on working days.",
        $"Ngoài giờ làm việc, không cấp số thứ tự. Trung tâm làm việc các ngày làm việc trong tuần, {sessions}.")
{
    /// <summary>The working sessions, e.g. "07:00–11:00, 13:00–17:00".</summary>
    public string Sessions { get; } = sessions;
}
