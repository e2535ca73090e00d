using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers.Transfer;
using CsCheck;

namespace CounterNode.Shared.Tests.Dossiers.HubTransfer;

public sealed class TransferPlannerTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly TransferPlanner Planner = new(WorkingCalendar.Default, PaperTransferSchedule.Default);

    // 2026-11-27 is a Friday; 2026-11-30 the Monday after.
    private static DateTimeOffset At(int month, int day, int hour, int minute, int second = 0) => new(2026, month, day, hour, minute, second, Vietnam);

    [Theory]
    [InlineData(7, 0, 0, 10, 30)]     // before opening: the morning batch
    [InlineData(9, 15, 0, 10, 30)]
    [InlineData(10, 30, 0, 10, 30)]   // on the dot: still the morning batch
    [InlineData(10, 30, 1, 16, 30)]   // a second later: the afternoon batch
    [InlineData(11, 45, 0, 16, 30)]   // lunch break
    [InlineData(16, 0, 0, 16, 30)]    // the cut-off itself still counts as before it
    public void A_paper_dossier_received_on_a_working_day_before_the_cut_off_goes_with_that_days_next_batch(int hour, int minute, int second, int slotHour, int slotMinute)
    {
        var slot = Planner.SlotFor(At(11, 26, hour, minute, second)); // Thursday

        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 26), new TimeOnly(slotHour, slotMinute)), slot);
    }

    [Theory]
    [InlineData(16, 0, 1)]
    [InlineData(16, 10, 0)]
    [InlineData(16, 45, 0)]
    [InlineData(23, 59, 59)]
    public void A_paper_dossier_received_after_the_16_00_cut_off_goes_with_the_next_working_days_first_batch(int hour, int minute, int second)
    {
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(10, 30)), Planner.SlotFor(At(11, 26, hour, minute, second)));
    }

    [Fact]
    public void Friday_after_16_00_goes_on_Monday_morning_and_a_weekend_reception_too()
    {
        var monday = new TransferSlot(new DateOnly(2026, 11, 30), new TimeOnly(10, 30));

        Assert.Equal(monday, Planner.SlotFor(At(11, 27, 16, 5)));
        Assert.Equal(monday, Planner.SlotFor(At(11, 28, 9, 0)));   // Saturday
        Assert.Equal(monday, Planner.SlotFor(At(11, 29, 15, 0)));  // Sunday
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(16, 30)), Planner.SlotFor(At(11, 27, 15, 59)));
    }

    [Fact]
    public void Public_holidays_are_skipped_30_April_and_1_May_2026_are_Thursday_and_Friday()
    {
        // Wednesday 29 April after the cut-off: Thursday and Friday are holidays, the weekend follows → Monday 4 May.
        Assert.Equal(new TransferSlot(new DateOnly(2026, 5, 4), new TimeOnly(10, 30)), Planner.SlotFor(At(4, 29, 16, 20)));
        // Received on the holiday itself (an officer on duty): the next working day too.
        Assert.Equal(new TransferSlot(new DateOnly(2026, 5, 4), new TimeOnly(10, 30)), Planner.SlotFor(At(4, 30, 9, 0)));
    }

    [Fact]
    public void An_administrators_day_off_is_skipped_and_a_make_up_Saturday_has_batches()
    {
        var calendar = new WorkingCalendar(WorkingCalendarOptions.Default with
        {
            DaysOff = [new AdministrativeDayOff(new DateOnly(2026, 11, 30), "Nghỉ bù")],
            MakeUpWorkingDays = [new MakeUpWorkingDay(new DateOnly(2026, 11, 28), "Làm bù")],
        });
        var planner = new TransferPlanner(calendar, PaperTransferSchedule.Default);

        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 28), new TimeOnly(10, 30)), planner.SlotFor(At(11, 27, 16, 30)));
        Assert.Equal(new TransferSlot(new DateOnly(2026, 12, 1), new TimeOnly(10, 30)), planner.SlotFor(At(11, 28, 16, 30)));
    }

    [Fact]
    public void The_catalogues_times_and_cut_off_are_honoured_after_the_last_batch_it_is_the_next_day()
    {
        var planner = new TransferPlanner(WorkingCalendar.Default, PaperTransferSchedule.Parse(["14:00", "09:00"]), new TimeOnly(15, 0));

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(14, 0)], planner.Schedule.Times);
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)), planner.SlotFor(At(11, 26, 9, 1)));
        // 14:30 is before the 15:00 cut-off, but the day's last batch has left.
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(9, 0)), planner.SlotFor(At(11, 26, 14, 30)));
    }

    [Fact]
    public void The_next_and_latest_slots_move_over_weekends()
    {
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(10, 30)), Planner.NextSlot(new DateTime(2026, 11, 27, 10, 30, 0)));
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(16, 30)), Planner.NextSlot(new DateTime(2026, 11, 27, 10, 30, 0).AddTicks(1)));
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 30), new TimeOnly(10, 30)), Planner.NextSlot(new DateTime(2026, 11, 27, 16, 31, 0)));
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(16, 30)), Planner.LatestSlot(new DateTime(2026, 11, 30, 9, 0, 0)));
        Assert.Equal(new TransferSlot(new DateOnly(2026, 11, 30), new TimeOnly(10, 30)), Planner.LatestSlot(new DateTime(2026, 11, 30, 12, 0, 0)));
    }

    [Fact]
    public void Batches_group_paper_dossiers_by_department_take_late_ones_along_and_leave_electronic_and_later_ones()
    {
        var slot = new TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(16, 30));
        var pending = new[]
        {
            new PendingTransfer("H34-261127-0003", "STP", At(11, 27, 11, 0), Electronic: false),
            new PendingTransfer("H34-261127-0001", "STP", At(11, 27, 13, 30), Electronic: false),
            new PendingTransfer("H34-261127-0002", "SXD", At(11, 27, 14, 0), Electronic: false),
            new PendingTransfer("H34-261126-0009", "STP", At(11, 26, 9, 0), Electronic: false),   // missed Thursday's batch: rides now
            new PendingTransfer("H34-261127-0004", "STP", At(11, 27, 10, 0), Electronic: true),   // electronic: never batched
            new PendingTransfer("H34-261127-0005", "STP", At(11, 27, 16, 1), Electronic: false),  // after the cut-off: Monday
        };

        var batches = Planner.FormBatches(slot, pending);

        Assert.Equal(["STP", "SXD"], batches.Select(b => b.Department));
        Assert.Equal("P-20261127-1630-STP", batches[0].BatchId);
        Assert.Equal(["H34-261126-0009", "H34-261127-0001", "H34-261127-0003"], batches[0].Codes);
        Assert.Equal(["H34-261127-0002"], batches[1].Codes);
        Assert.All(batches, b => Assert.Equal(slot, b.Slot));
    }

    [Fact]
    public void A_paper_batch_id_reads_back_and_an_electronic_one_is_not_paper()
    {
        var slot = new TransferSlot(new DateOnly(2026, 11, 30), new TimeOnly(10, 30));

        Assert.True(TransferBatchIds.TryParsePaper(slot.BatchId("SLDTBXH"), out var parsed, out var department));
        Assert.Equal(slot, parsed);
        Assert.Equal("SLDTBXH", department);
        Assert.False(TransferBatchIds.TryParsePaper(TransferBatchIds.Electronic("000.00.00.H34-261130-0001"), out _, out _));
        Assert.False(TransferBatchIds.TryParsePaper("P-2026-1030-STP", out _, out _));
        Assert.True(TransferBatchIds.Electronic("000.00.00.H34-261130-0001").Length <= 64);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10:30|10:30")]
    [InlineData("25:00")]
    [InlineData("mười giờ")]
    public void Unusable_transfer_times_are_refused_with_a_typed_error(string times)
    {
        var list = times.Split('|', StringSplitOptions.RemoveEmptyEntries);

        var error = Assert.Throws<InvalidTransferScheduleException>(() => PaperTransferSchedule.Parse(list));

        Assert.Equal("dossier.invalid-transfer-schedule", error.Code);
        Assert.StartsWith("Giờ chuyển hồ sơ giấy không hợp lệ", error.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reception_maps_to_a_batch_on_a_working_day_not_before_it_and_the_earliest_allowed()
    {
        var calendar = WorkingCalendar.Default;
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, Vietnam);
        Gen.Int[0, 365 * 24 * 60].Sample(minutes =>
        {
            var received = start.AddMinutes(minutes);
            var slot = Planner.SlotFor(received);
            var local = calendar.ToLocal(received);
            var day = DateOnly.FromDateTime(local);
            var time = TimeOnly.FromDateTime(local);

            Assert.True(calendar.IsWorkingDay(slot.Day));
            Assert.Contains(slot.Time, Planner.Schedule.Times);
            Assert.True(slot.Local >= local);
            var sameDay = calendar.IsWorkingDay(day) && time <= calendar.CutOff && Planner.Schedule.Times.Any(t => t >= time);
            Assert.Equal(sameDay ? day : calendar.NextWorkingDay(day), slot.Day);
            if (sameDay)
                Assert.Equal(Planner.Schedule.Times.First(t => t >= time), slot.Time);
            else
                Assert.Equal(Planner.Schedule.First, slot.Time);
        }, iter: 2000);
    }
}
