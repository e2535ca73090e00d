using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// <c>absence.record</c> (Hub only): records an officer's absence with its written reason
/// (RULES 9). The reporting time is the mutation's own hybrid time, so the Hub and any replay
/// agree on it; <see cref="AbsenceEntity.Late"/> is decided from it with the working calendar.
/// </summary>
public sealed class RecordAbsenceMutator : IMutator
{
    private readonly WorkingCalendar? _calendar;

    /// <summary>
    /// The registered mutator: the working calendar is the one in the state it applies to (the
    /// center's hours and the administrator's days off of <c>catalogue.*</c>), so the Hub and a
    /// replaying node decide "late" with the same calendar.
    /// </summary>
    public RecordAbsenceMutator()
    {
    }

    /// <summary>A mutator over a fixed calendar (tests, tools).</summary>
    /// <param name="calendar">Working calendar deciding "one working day ahead".</param>
    public RecordAbsenceMutator(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
    }

    /// <inheritdoc />
    public string Type => RotationMutationTypes.RecordAbsence;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        RotationRules.RequireHub(context, Type);
        var p = MutatorJson.ReadPayload<RecordAbsencePayload>(Type, payload);
        if (!RotationRules.IsId(p.Id))
            throw new InvalidAbsenceException("id", "must be 1-64 letters, digits, '-', '_' or '.'.", "mã đăng ký không hợp lệ.");
        if (string.IsNullOrWhiteSpace(p.Reason))
            throw new AbsenceReasonRequiredException();
        if (p.Reason.Length > RotationRules.MaxReasonLength)
            throw new InvalidAbsenceException("reason", $"is longer than {RotationRules.MaxReasonLength} characters.", $"lý do dài quá {RotationRules.MaxReasonLength} ký tự.");
        if (!Enum.IsDefined(p.FromPart) || !Enum.IsDefined(p.ToPart))
            throw new InvalidAbsenceException("fromPart", "and toPart must be morning or afternoon.", "buổi phải là sáng hoặc chiều.");
        var first = new WorkingHalfDay(p.FromDate, p.FromPart);
        var last = new WorkingHalfDay(p.ToDate, p.ToPart);
        if (last < first)
            throw new InvalidAbsenceException("toDate", "is before the start of the absence.", "thời gian kết thúc trước thời gian bắt đầu.");
        if (p.ToDate.DayNumber - p.FromDate.DayNumber >= RotationRules.MaxAbsenceDays)
            throw new InvalidAbsenceException("toDate", $"makes the absence longer than {RotationRules.MaxAbsenceDays} days.", $"thời gian vắng mặt dài quá {RotationRules.MaxAbsenceDays} ngày.");
        if (AbsenceStore.Find(entities, p.Id) is not null)
            throw new AbsenceAlreadyRecordedException(p.Id);
        var officer = RotationCatalogue.ActiveOfficer(entities, p.Officer);

        var reportedAt = context.Hlc.PhysicalTime;
        var calendar = _calendar ?? CatalogueCalendar.FromEntities(entities, p.FromDate);
        var late = AbsenceNotice.IsLate(calendar, reportedAt, p.FromDate, p.Emergency);
        var absence = new AbsenceEntity(p.Id, officer.Id, officer.Department, p.FromDate, p.FromPart, p.ToDate, p.ToPart,
            p.Reason.Trim().Normalize(System.Text.NormalizationForm.FormC), reportedAt, p.Emergency, late, null, null);
        AbsenceStore.Write(entities, absence);
        AbsenceStore.AddToIndex(entities, officer.Id, absence.Id);
    }
}
