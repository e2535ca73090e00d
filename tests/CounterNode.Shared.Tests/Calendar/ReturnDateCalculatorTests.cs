using CounterNode.Shared.Calendar;
using CsCheck;
using static CounterNode.Shared.Tests.Calendar.CalendarFixtures;

namespace CounterNode.Shared.Tests.Calendar;

public class ReturnDateCalculatorTests
{
    private static readonly ReturnDateCalculator Calculator = new(WorkingCalendar.Default);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ReturnDateStepKind[] Kinds(ReturnDateResult result) => [.. result.Explanation.Steps.Select(s => s.Kind)];

    [Fact]
    public void Counting_skips_the_weekend()
    {
        // Thursday 5/2/2026 10:00, 3 days: Friday 6, Monday 9, Tuesday 10.
        var result = Calculator.Calculate(At(2026, 2, 5, 10, 0), 3);

        Assert.Equal(new DateTime(2026, 2, 10, 16, 0, 0), result.ReturnAt);
        Assert.Equal(D(2026, 2, 5), result.StartDay);
        Assert.Equal(
            [ReturnDateStepKind.Received, ReturnDateStepKind.CountedFromReceiptDay, ReturnDateStepKind.ProcessingTime, ReturnDateStepKind.SkippedWeekend, ReturnDateStepKind.Return],
            Kinds(result));
        var weekend = Assert.Single(result.Explanation.OfKind(ReturnDateStepKind.SkippedWeekend));
        Assert.Equal((D(2026, 2, 7), D(2026, 2, 8)), (weekend.From, weekend.To));
        Assert.Equal("Bỏ qua Thứ Bảy, Chủ nhật 07–08/02/2026", weekend.Vietnamese);
        Assert.Equal("Hẹn trả kết quả lúc 16:00 Thứ Ba 10/02/2026", result.Explanation.Steps[^1].Vietnamese);
        Assert.Equal("Return at 16:00 on Tuesday 10/02/2026", result.Explanation.Steps[^1].English);
    }

    [Fact]
    public void Counting_skips_Tet_and_the_weekends_around_it()
    {
        // Friday 13/2/2026 09:00, 2 days; default Tết days 16–20/2.
        var result = Calculator.Calculate(At(2026, 2, 13, 9, 0), 2);

        Assert.Equal(D(2026, 2, 24), result.ReturnDay);
        var skipped = result.Explanation.Steps.Where(s => s.Kind is ReturnDateStepKind.SkippedWeekend or ReturnDateStepKind.SkippedHoliday).ToList();
        Assert.Equal(
            [(ReturnDateStepKind.SkippedWeekend, D(2026, 2, 14), D(2026, 2, 15)), (ReturnDateStepKind.SkippedHoliday, D(2026, 2, 16), D(2026, 2, 20)), (ReturnDateStepKind.SkippedWeekend, D(2026, 2, 21), D(2026, 2, 22))],
            skipped.Select(s => (s.Kind, s.From, s.To)));
        Assert.Equal("Bỏ qua 16–20/02/2026: Tết Nguyên đán", skipped[1].Vietnamese);
        Assert.Equal("Skipped 16–20/02/2026: Lunar New Year", skipped[1].English);
    }

    [Fact]
    public void With_the_announced_Tet_days_the_whole_break_is_one_step()
    {
        var calculator = new ReturnDateCalculator(new WorkingCalendar(AnnouncedTet2026));
        var result = calculator.Calculate(At(2026, 2, 13, 9, 0), 1);

        Assert.Equal(D(2026, 2, 23), result.ReturnDay);
        var tet = Assert.Single(result.Explanation.OfKind(ReturnDateStepKind.SkippedHoliday));
        Assert.Equal("Bỏ qua 14–22/02/2026: Tết Nguyên đán", tet.Vietnamese);
        Assert.Empty(result.Explanation.OfKind(ReturnDateStepKind.SkippedWeekend));
    }

    [Fact]
    public void A_make_up_Saturday_counts_and_the_swapped_day_off_is_skipped()
    {
        var calculator = new ReturnDateCalculator(new WorkingCalendar(SwapOptions));
        // Friday 24/4/2026, 2 days: Saturday 25 (make-up) is day 1; Sunday 26 (Hung Kings), Monday 27
        // (its compensation) and Tuesday 28 (swapped off) are skipped; Wednesday 29 is day 2.
        var result = calculator.Calculate(At(2026, 4, 24, 8, 15), 2);

        Assert.Equal(new DateTime(2026, 4, 29, 16, 0, 0), result.ReturnAt);
        Assert.Equal(
            [ReturnDateStepKind.Received, ReturnDateStepKind.CountedFromReceiptDay, ReturnDateStepKind.ProcessingTime,
             ReturnDateStepKind.MakeUpWorkingDayCounted, ReturnDateStepKind.SkippedHoliday, ReturnDateStepKind.SkippedHoliday,
             ReturnDateStepKind.SkippedDayOff, ReturnDateStepKind.Return],
            Kinds(result));
        var steps = result.Explanation.Steps;
        Assert.Equal("Thứ Bảy 25/04/2026 là ngày làm việc bù", steps[3].Vietnamese);
        Assert.Equal("Bỏ qua 26/04/2026: Giỗ Tổ Hùng Vương", steps[4].Vietnamese);
        Assert.Equal("Bỏ qua 27/04/2026: Nghỉ bù Giỗ Tổ Hùng Vương", steps[5].Vietnamese);
        Assert.Equal("Bỏ qua 28/04/2026: Nghỉ hoán đổi, làm bù Thứ Bảy 25/04/2026", steps[6].Vietnamese);

        // Without the swap Saturday 25 is not worked but Tuesday 28 is: 2 days also end on Wednesday, 1 day on Tuesday.
        Assert.Equal(D(2026, 4, 29), Calculator.Calculate(At(2026, 4, 24, 8, 15), 2).ReturnDay);
        Assert.Equal(D(2026, 4, 28), Calculator.Calculate(At(2026, 4, 24, 8, 15), 1).ReturnDay);
        Assert.Equal(D(2026, 4, 25), calculator.Calculate(At(2026, 4, 24, 8, 15), 1).ReturnDay);
    }

    [Fact]
    public void Received_one_second_before_the_cut_off_counts_from_the_same_day_and_one_second_after_from_the_next()
    {
        var before = Calculator.Calculate(At(2026, 2, 2, 15, 59, 59), 1);
        var exactly = Calculator.Calculate(At(2026, 2, 2, 16, 0, 0), 1);
        var after = Calculator.Calculate(At(2026, 2, 2, 16, 0, 1), 1);

        Assert.Equal((D(2026, 2, 2), D(2026, 2, 3)), (before.StartDay, before.ReturnDay));
        Assert.Equal((D(2026, 2, 2), D(2026, 2, 3)), (exactly.StartDay, exactly.ReturnDay));
        Assert.Equal((D(2026, 2, 3), D(2026, 2, 4)), (after.StartDay, after.ReturnDay));

        Assert.Equal(ReturnDateStepKind.CountedFromReceiptDay, before.Explanation.Steps[1].Kind);
        Assert.Equal("Nhận hồ sơ lúc 15:59:59 Thứ Hai 02/02/2026", before.Explanation.Steps[0].Vietnamese);
        var late = Assert.Single(after.Explanation.OfKind(ReturnDateStepKind.ReceivedAfterCutOff));
        Assert.Equal("Nhận sau 16:00 → tính từ Thứ Ba 03/02/2026", late.Vietnamese);
        Assert.Equal("Received after 16:00 → counted from Tuesday 03/02/2026", late.English);
    }

    [Fact]
    public void Received_after_the_cut_off_on_a_Friday_counts_from_Monday()
    {
        var result = Calculator.Calculate(At(2026, 2, 6, 16, 30), 1);

        Assert.Equal((D(2026, 2, 9), D(2026, 2, 10)), (result.StartDay, result.ReturnDay));
        Assert.Equal(
            [ReturnDateStepKind.Received, ReturnDateStepKind.ReceivedAfterCutOff, ReturnDateStepKind.ProcessingTime, ReturnDateStepKind.SkippedWeekend, ReturnDateStepKind.Return],
            Kinds(result));
    }

    [Theory]
    [InlineData(11, 30)]
    [InlineData(6, 30)]
    public void Received_in_the_lunch_break_or_before_opening_counts_from_the_same_day(int hour, int minute)
    {
        var result = Calculator.Calculate(At(2026, 2, 2, hour, minute), 1);

        Assert.False(WorkingCalendar.Default.IsWithinWorkingHours(result.ReceivedLocal));
        Assert.Equal((D(2026, 2, 2), D(2026, 2, 3)), (result.StartDay, result.ReturnDay));
        Assert.Equal(ReturnDateStepKind.CountedFromReceiptDay, result.Explanation.Steps[1].Kind);
    }

    [Fact]
    public void Received_on_a_Sunday_counts_from_Monday()
    {
        var result = Calculator.Calculate(At(2026, 2, 1, 10, 0), 1);

        Assert.Equal((D(2026, 2, 2), new DateTime(2026, 2, 3, 16, 0, 0)), (result.StartDay, result.ReturnAt));
        var step = Assert.Single(result.Explanation.OfKind(ReturnDateStepKind.ReceivedOnNonWorkingDay));
        Assert.Equal("Nhận vào ngày nghỉ (Chủ nhật) → tính từ Thứ Hai 02/02/2026", step.Vietnamese);
        Assert.Empty(result.Explanation.OfKind(ReturnDateStepKind.SkippedWeekend));
    }

    [Fact]
    public void Received_on_a_holiday_says_which_holiday()
    {
        var result = Calculator.Calculate(At(2026, 9, 2, 9, 0), 0);

        Assert.Equal(new DateTime(2026, 9, 3, 16, 0, 0), result.ReturnAt);
        Assert.Contains("(Quốc khánh)", Assert.Single(result.Explanation.OfKind(ReturnDateStepKind.ReceivedOnNonWorkingDay)).Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_day_procedures_return_at_the_return_time_or_at_the_end_of_the_day_if_received_later()
    {
        var morning = Calculator.Calculate(At(2026, 2, 2, 9, 0), 0);
        Assert.Equal(new DateTime(2026, 2, 2, 16, 0, 0), morning.ReturnAt);
        Assert.Equal("Thời hạn giải quyết: trả trong ngày", morning.Explanation.Steps[2].Vietnamese);
        Assert.Empty(morning.Explanation.OfKind(ReturnDateStepKind.ReturnMovedToEndOfDay));

        var atCutOff = Calculator.Calculate(At(2026, 2, 2, 16, 0, 0), 0);
        Assert.Equal(new DateTime(2026, 2, 2, 17, 0, 0), atCutOff.ReturnAt);
        Assert.Equal("Nhận từ 16:00 trở đi → hẹn trả lúc 17:00 cùng ngày", Assert.Single(atCutOff.Explanation.OfKind(ReturnDateStepKind.ReturnMovedToEndOfDay)).Vietnamese);

        var afterCutOff = Calculator.Calculate(At(2026, 2, 2, 16, 0, 1), 0);
        Assert.Equal(new DateTime(2026, 2, 3, 16, 0, 0), afterCutOff.ReturnAt);

        var sunday = Calculator.Calculate(At(2026, 2, 1, 16, 30), 0);
        Assert.Equal(new DateTime(2026, 2, 2, 16, 0, 0), sunday.ReturnAt);
    }

    [Fact]
    public void An_end_of_morning_return_time_is_honoured()
    {
        var calculator = new ReturnDateCalculator(new WorkingCalendar(new WorkingCalendarOptions { DefaultReturnTime = new TimeOnly(11, 0) }));

        Assert.Equal(new DateTime(2026, 2, 4, 11, 0, 0), calculator.Calculate(At(2026, 2, 2, 14, 0), 2).ReturnAt);
        Assert.Equal(new DateTime(2026, 2, 2, 17, 0, 0), calculator.Calculate(At(2026, 2, 2, 14, 0), 0).ReturnAt);
    }

    [Fact]
    public void The_instant_is_read_in_center_local_time_whatever_its_offset()
    {
        // 09:30 UTC is 16:30 in Vietnam: after the cut-off.
        var result = Calculator.Calculate(new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTime(2026, 2, 2, 16, 30, 0), result.ReceivedLocal);
        Assert.Equal(D(2026, 2, 4), result.ReturnDay);
        Assert.Equal(new DateTimeOffset(2026, 2, 4, 16, 0, 0, TimeSpan.FromHours(7)), result.ReturnInstant);
    }

    [Fact]
    public void Processing_times_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(At(2026, 2, 2, 9, 0), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(At(2026, 2, 2, 9, 0), ReturnDateCalculator.MaxProcessingDays + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(At(2199, 12, 30, 9, 0), 10));
    }

    [Fact]
    public void Any_receipt_gives_a_return_on_a_working_day_exactly_n_working_days_after_the_start_and_an_explanation_that_adds_up() =>
        Gen.Select(Gen.DateOnly[D(1950, 1, 1), D(2150, 1, 1)], Gen.Int[0, 86_399], Gen.Int[0, 40]).Sample((day, second, n) =>
        {
            var calendar = WorkingCalendar.Default;
            var received = new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(second))), TimeSpan.FromHours(7));
            var result = Calculator.Calculate(received, n);

            Assert.True(calendar.IsWorkingDay(result.StartDay));
            Assert.True(calendar.IsWorkingDay(result.ReturnDay));
            Assert.Equal(calendar.AddWorkingDays(result.StartDay, n), result.ReturnDay);
            var countsFromReceiptDay = calendar.IsWorkingDay(day) && TimeOnly.FromDateTime(result.ReceivedLocal) <= calendar.CutOff;
            Assert.Equal(countsFromReceiptDay ? day : calendar.NextWorkingDay(day), result.StartDay);
            Assert.True(result.ReturnAt > result.ReceivedLocal);

            var steps = result.Explanation.Steps;
            Assert.Equal(ReturnDateStepKind.Received, steps[0].Kind);
            Assert.Equal(ReturnDateStepKind.Return, steps[^1].Kind);
            // Every day after the receipt day up to the return day is either counted or covered by one skip step.
            var skipped = steps.Where(s => s.Kind is ReturnDateStepKind.SkippedWeekend or ReturnDateStepKind.SkippedHoliday or ReturnDateStepKind.SkippedDayOff)
                .Sum(s => s.To.DayNumber - s.From.DayNumber + 1);
            var working = 0;
            for (var d = day.AddDays(1); d <= result.ReturnDay; d = d.AddDays(1))
            {
                working += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.Equal(result.ReturnDay.DayNumber - day.DayNumber, skipped + working);
            Assert.All(steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Vietnamese)));
        });
}
