using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// Computes the return date printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả)
/// from the instant a complete dossier was received and the procedure's processing time in
/// working days, with an explanation a receipt or an officer can show.
/// </summary>
/// <remarks>
/// The rules (regulation Điều 4.1–4.2; RULES 2–3):
/// <list type="number">
/// <item><b>Start day.</b> The time of receipt is taken in center-local time. Received on a
/// working day at or before the cut-off (16:00:00 exactly still counts; 16:00:00.0000001 does
/// not) — including before opening time or in the lunch break (11:30) — the receipt day is the
/// start day. Received strictly after the cut-off, or on any day off (weekend, holiday,
/// administrator's day off), the start day is the next working day.</item>
/// <item><b>Return day</b> = start day + N working days, skipping weekends, holidays,
/// compensatory and administrator's days off, and counting make-up working days. The start day
/// itself is not one of the N: 1 day received Monday morning → Tuesday; received Friday at
/// 16:30 → start Monday → Tuesday.</item>
/// <item><b>N = 0</b> (same-day procedures): the return day is the start day.</item>
/// <item><b>Return time</b> = <see cref="WorkingCalendarOptions.DefaultReturnTime"/> (default
/// 16:00). Exception: a same-day procedure received on its start day at or after that time (but
/// not after the cut-off) is returned at the end of the working day (17:00), never before it was
/// received.</item>
/// </list>
/// Thread-safe; share one instance per calendar.
/// </remarks>
public sealed class ReturnDateCalculator
{
    /// <summary>Longest processing time accepted (about four years of working days); more is a data-entry error.</summary>
    public const int MaxProcessingDays = 1000;

    /// <summary>Creates a calculator over <paramref name="calendar"/>.</summary>
    public ReturnDateCalculator(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The working calendar used.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The return date of a dossier received at <paramref name="receivedAt"/> for a procedure taking <paramref name="processingDays"/> working days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The processing time is negative or above <see cref="MaxProcessingDays"/>, or the dates leave 1900–2199.</exception>
    public ReturnDateResult Calculate(DateTimeOffset receivedAt, int processingDays)
    {
        if (processingDays is < 0 or > MaxProcessingDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(processingDays),
                processingDays,
                string.Create(CultureInfo.InvariantCulture, $"A processing time is 0 (same day) to {MaxProcessingDays} working days."));
        }

        var local = Calendar.ToLocal(receivedAt);
        var receiptDay = DateOnly.FromDateTime(local);
        var receiptTime = TimeOnly.FromDateTime(local);
        var steps = new List<ReturnDateStep>(8)
        {
            Step(
                ReturnDateStepKind.Received,
                receiptDay,
                $"Nhận hồ sơ lúc {CalendarText.Time(receiptTime)} {CalendarText.VietnameseDay(receiptDay)}",
                $"Dossier received at {CalendarText.Time(receiptTime)} on {CalendarText.EnglishDay(receiptDay)}"),
        };

        var startDay = StartDay(receiptDay, receiptTime, steps);
        if (processingDays == 0)
        {
            steps.Add(Step(ReturnDateStepKind.ProcessingTime, startDay, $"Thời hạn giải quyết: trả trong ngày", $"Processing time: same day"));
        }
        else
        {
            steps.Add(Step(
                ReturnDateStepKind.ProcessingTime,
                startDay,
                $"Thời hạn giải quyết: {processingDays} ngày làm việc",
                $"Processing time: {processingDays} working day{(processingDays == 1 ? string.Empty : "s")}"));
        }

        var returnDay = Calendar.AddWorkingDays(startDay, processingDays);
        ExplainDaysBetween(receiptDay, startDay, returnDay, steps);

        var returnTime = Calendar.DefaultReturnTime;
        if (processingDays == 0 && startDay == receiptDay && receiptTime >= returnTime)
        {
            returnTime = Calendar.EndOfWorkingDay;
            steps.Add(Step(
                ReturnDateStepKind.ReturnMovedToEndOfDay,
                returnDay,
                $"Nhận từ {CalendarText.Time(Calendar.DefaultReturnTime)} trở đi → hẹn trả lúc {CalendarText.Time(returnTime)} cùng ngày",
                $"Received at or after the usual return time {CalendarText.Time(Calendar.DefaultReturnTime)} → return at {CalendarText.Time(returnTime)} the same day"));
        }

        steps.Add(Step(
            ReturnDateStepKind.Return,
            returnDay,
            $"Hẹn trả kết quả lúc {CalendarText.Time(returnTime)} {CalendarText.VietnameseDay(returnDay)}",
            $"Return at {CalendarText.Time(returnTime)} on {CalendarText.EnglishDay(returnDay)}"));

        var returnAt = returnDay.ToDateTime(returnTime);
        return new ReturnDateResult(
            receivedAt,
            local,
            processingDays,
            startDay,
            returnAt,
            Calendar.ToInstant(returnAt),
            new ReturnDateExplanation(steps));
    }

    private static ReturnDateStep Step(ReturnDateStepKind kind, DateOnly day, FormattableString vietnamese, FormattableString english) =>
        Step(kind, day, day, vietnamese, english);

    private static ReturnDateStep Step(ReturnDateStepKind kind, DateOnly from, DateOnly to, FormattableString vietnamese, FormattableString english) =>
        new(kind, from, to, vietnamese.ToString(CultureInfo.InvariantCulture), english.ToString(CultureInfo.InvariantCulture));

    private DateOnly StartDay(DateOnly receiptDay, TimeOnly receiptTime, List<ReturnDateStep> steps)
    {
        var cutOff = CalendarText.Time(Calendar.CutOff);
        if (!Calendar.IsWorkingDay(receiptDay))
        {
            var next = Calendar.NextWorkingDay(receiptDay);
            var why = Calendar.DescribeDay(receiptDay);
            steps.Add(Step(
                ReturnDateStepKind.ReceivedOnNonWorkingDay,
                receiptDay,
                next,
                $"Nhận vào ngày nghỉ ({why.Vietnamese}) → tính từ {CalendarText.VietnameseDay(next)}",
                $"Received on a day off ({why.English}) → counted from {CalendarText.EnglishDay(next)}"));
            return next;
        }

        if (receiptTime > Calendar.CutOff)
        {
            var next = Calendar.NextWorkingDay(receiptDay);
            steps.Add(Step(
                ReturnDateStepKind.ReceivedAfterCutOff,
                receiptDay,
                next,
                $"Nhận sau {cutOff} → tính từ {CalendarText.VietnameseDay(next)}",
                $"Received after {cutOff} → counted from {CalendarText.EnglishDay(next)}"));
            return next;
        }

        steps.Add(Step(
            ReturnDateStepKind.CountedFromReceiptDay,
            receiptDay,
            $"Nhận trong ngày làm việc, trước hoặc đúng {cutOff} → tính từ ngày nhận, {CalendarText.VietnameseDay(receiptDay)}",
            $"Received on a working day at or before {cutOff} → counted from the day of receipt, {CalendarText.EnglishDay(receiptDay)}"));
        return receiptDay;
    }

    /// <summary>
    /// Adds a step for each run of days off after the receipt day up to the return day (grouped by
    /// reason) and for each make-up working day counted. The receipt day itself, if a day off, is
    /// already explained by <see cref="ReturnDateStepKind.ReceivedOnNonWorkingDay"/>.
    /// </summary>
    private void ExplainDaysBetween(DateOnly receiptDay, DateOnly startDay, DateOnly returnDay, List<ReturnDateStep> steps)
    {
        DayDescription? runFirst = null;
        var runLast = receiptDay;
        for (var day = receiptDay; day <= returnDay; day = day.AddDays(1))
        {
            var description = Calendar.DescribeUnlessOrdinary(day);
            if (description is null || description.IsWorkingDay || day == receiptDay)
            {
                if (runFirst is not null)
                {
                    steps.Add(SkippedRun(runFirst, runLast));
                    runFirst = null;
                }

                if (description?.Status == DayStatus.MakeUpWorkingDay && day >= startDay)
                {
                    steps.Add(Step(
                        ReturnDateStepKind.MakeUpWorkingDayCounted,
                        day,
                        $"{CalendarText.VietnameseDay(day)} là ngày làm việc bù",
                        $"{CalendarText.EnglishDay(day)} is a make-up working day"));
                }

                continue;
            }

            if (runFirst is not null && !SameReason(runFirst, description))
            {
                steps.Add(SkippedRun(runFirst, runLast));
                runFirst = null;
            }

            runFirst ??= description;
            runLast = day;
        }

        if (runFirst is not null)
        {
            // Cannot happen (the return day is a working day); kept so no run is ever lost.
            steps.Add(SkippedRun(runFirst, runLast));
        }
    }

    private static bool SameReason(DayDescription a, DayDescription b) =>
        a.Status == b.Status && (a.Status == DayStatus.Weekend || string.Equals(a.Vietnamese, b.Vietnamese, StringComparison.Ordinal));

    private static ReturnDateStep SkippedRun(DayDescription first, DateOnly last)
    {
        var range = CalendarText.Range(first.Date, last);
        switch (first.Status)
        {
            case DayStatus.Weekend:
                var names = new List<string>(2);
                var englishNames = new List<string>(2);
                for (var day = first.Date; day <= last; day = day.AddDays(1))
                {
                    names.Add(CalendarText.VietnameseWeekday(day.DayOfWeek));
                    englishNames.Add(CalendarText.EnglishWeekday(day.DayOfWeek));
                }

                return Step(
                    ReturnDateStepKind.SkippedWeekend,
                    first.Date,
                    last,
                    $"Bỏ qua {string.Join(", ", names)} {range}",
                    $"Skipped {string.Join(", ", englishNames)} {range}");
            case DayStatus.AdministrativeDayOff:
                return Step(
                    ReturnDateStepKind.SkippedDayOff,
                    first.Date,
                    last,
                    $"Bỏ qua {range}: {first.Vietnamese}",
                    $"Skipped {range}: {first.English}");
            default:
                return Step(
                    ReturnDateStepKind.SkippedHoliday,
                    first.Date,
                    last,
                    $"Bỏ qua {range}: {first.Vietnamese}",
                    $"Skipped {range}: {first.English}");
        }
    }
}
