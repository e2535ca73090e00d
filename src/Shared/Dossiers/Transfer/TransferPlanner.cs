using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>
/// When a received dossier goes to its department (regulation Điều 4.1, RULES 2): an electronic
/// dossier at once; a paper dossier with the next paper batch of its working day — or, when it
/// was received strictly after the cut-off (16:00:00 exactly still counts as before), on a day
/// off, or after the day's last batch, with the first batch of the next working day.
/// </summary>
/// <remarks>
/// Pure and thread-safe: every answer depends only on the calendar, the schedule, the cut-off
/// and the arguments; times are center-local as in <see cref="WorkingCalendar"/>.
/// </remarks>
public sealed class TransferPlanner
{
    /// <summary>Plans over <paramref name="calendar"/>; the cut-off defaults to the calendar's (16:00).</summary>
    public TransferPlanner(WorkingCalendar calendar, PaperTransferSchedule schedule, TimeOnly? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedule);
        Calendar = calendar;
        Schedule = schedule;
        CutOff = cutOff ?? calendar.CutOff;
    }

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The paper batch times.</summary>
    public PaperTransferSchedule Schedule { get; }

    /// <summary>The cut-off time of day.</summary>
    public TimeOnly CutOff { get; }

    /// <summary>
    /// The paper batch a dossier received at <paramref name="receivedAt"/> belongs to: the first
    /// batch at or after its reception on the same working day (10:30:00 still makes the 10:30
    /// batch; 10:30:01 waits for 16:30).
    /// </summary>
    public TransferSlot SlotFor(DateTimeOffset receivedAt)
    {
        var local = Calendar.ToLocal(receivedAt);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (Calendar.IsWorkingDay(day) && time <= CutOff)
        {
            foreach (var slot in Schedule.Times)
            {
                if (slot.ToTimeSpan() >= time.ToTimeSpan())
                    return new TransferSlot(day, slot);
            }
        }

        return new TransferSlot(Calendar.NextWorkingDay(day), Schedule.First);
    }

    /// <summary>
    /// The first batch at or after the center-local time <paramref name="local"/> (what the
    /// transfer service sleeps until). Batches exist on working days only.
    /// </summary>
    public TransferSlot NextSlot(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (Calendar.IsWorkingDay(day))
        {
            foreach (var slot in Schedule.Times)
            {
                if (slot.ToTimeSpan() >= time.ToTimeSpan())
                    return new TransferSlot(day, slot);
            }
        }

        return new TransferSlot(Calendar.NextWorkingDay(day), Schedule.First);
    }

    /// <summary>The latest batch at or before <paramref name="local"/> (to catch up after a restart).</summary>
    public TransferSlot LatestSlot(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (Calendar.IsWorkingDay(day))
        {
            for (var i = Schedule.Times.Count - 1; i >= 0; i--)
            {
                if (Schedule.Times[i].ToTimeSpan() <= time.ToTimeSpan())
                    return new TransferSlot(day, Schedule.Times[i]);
            }
        }

        return new TransferSlot(Calendar.PreviousWorkingDay(day), Schedule.Times[^1]);
    }

    /// <summary>
    /// The paper batches formed at <paramref name="slot"/>: every paper dossier whose own batch is
    /// <paramref name="slot"/> or earlier (one that reached the Hub late, or missed a batch while
    /// the Hub was down, rides with the current one), grouped by department. Electronic
    /// dossiers and dossiers due in a later batch are left out.
    /// </summary>
    public IReadOnlyList<TransferBatch> FormBatches(TransferSlot slot, IEnumerable<PendingTransfer> pending)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(pending);
        return pending
            .Where(p => !p.Electronic && SlotFor(p.ReceivedAt) <= slot)
            .GroupBy(p => p.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TransferBatch(
                slot.BatchId(g.Key),
                g.Key,
                slot,
                [.. g.Select(p => p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToList();
    }
}
