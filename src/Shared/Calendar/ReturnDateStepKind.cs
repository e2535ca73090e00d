namespace CounterNode.Shared.Calendar;

/// <summary>The kinds of step in a <see cref="ReturnDateExplanation"/>, in the order they appear.</summary>
public enum ReturnDateStepKind
{
    /// <summary>When the complete dossier was received (center-local).</summary>
    Received,

    /// <summary>Received on a working day at or before the cut-off: the receipt day is the start day.</summary>
    CountedFromReceiptDay,

    /// <summary>Received strictly after the cut-off: counting starts on the next working day.</summary>
    ReceivedAfterCutOff,

    /// <summary>Received on a day off: counting starts on the next working day.</summary>
    ReceivedOnNonWorkingDay,

    /// <summary>The procedure's processing time in working days.</summary>
    ProcessingTime,

    /// <summary>A weekend between receipt and return was skipped.</summary>
    SkippedWeekend,

    /// <summary>Public holidays or compensatory days off were skipped.</summary>
    SkippedHoliday,

    /// <summary>The administrator's days off were skipped.</summary>
    SkippedDayOff,

    /// <summary>A make-up working day (e.g. a Saturday worked) was counted as a working day.</summary>
    MakeUpWorkingDayCounted,

    /// <summary>Same-day procedure received at or after the usual return time: returned at the end of the working day.</summary>
    ReturnMovedToEndOfDay,

    /// <summary>The return date and time.</summary>
    Return,
}
