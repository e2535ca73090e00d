using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// <c>absence.cancel</c> (Hub only): withdraws a recorded absence — the officer works after all.
/// The record is kept with the time and reason of the withdrawal (its late flag stays history),
/// but it no longer makes the officer away: the counter goes back to its scheduled officer, a
/// reserve named for it is released, and the officer can again cover for others.
/// </summary>
public sealed class CancelAbsenceMutator : IMutator
{
    /// <inheritdoc />
    public string Type => RotationMutationTypes.CancelAbsence;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        RotationRules.RequireHub(context, Type);
        var p = MutatorJson.ReadPayload<CancelAbsencePayload>(Type, payload);
        if (!RotationRules.IsId(p.AbsenceId))
            throw new InvalidAbsenceException("absenceId", "must name an absence.", "chưa chọn đăng ký vắng mặt.");
        if (string.IsNullOrWhiteSpace(p.Reason))
            throw new InvalidAbsenceException("reason", "is required to cancel an absence.", "vui lòng ghi lý do hủy đăng ký vắng mặt.");
        if (p.Reason.Length > RotationRules.MaxReasonLength)
            throw new InvalidAbsenceException("reason", $"is longer than {RotationRules.MaxReasonLength} characters.", $"lý do dài quá {RotationRules.MaxReasonLength} ký tự.");
        var absence = AbsenceStore.Find(entities, p.AbsenceId) ?? throw new AbsenceNotFoundException(p.AbsenceId);
        if (absence.IsCancelled)
            throw new AbsenceCancelledException(absence.Id);
        AbsenceStore.Write(entities, absence with
        {
            CancelledAt = context.Hlc.PhysicalTime,
            CancelReason = p.Reason.Trim().Normalize(System.Text.NormalizationForm.FormC),
        });
    }
}
