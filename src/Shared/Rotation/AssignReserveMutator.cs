using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// <c>absence.assign-reserve</c> (Hub only): names the reserve officer who covers an absence so
/// receiving and returning never stop (RULES 9, Điều 13.8). The reserve must be an active
/// officer of the absent officer's department, not the absent officer, and not away during any
/// part of the absence. Naming another reserve later replaces the first.
/// </summary>
public sealed class AssignReserveMutator : IMutator
{
    /// <inheritdoc />
    public string Type => RotationMutationTypes.AssignReserve;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        RotationRules.RequireHub(context, Type);
        var p = MutatorJson.ReadPayload<AssignReservePayload>(Type, payload);
        if (!RotationRules.IsId(p.AbsenceId))
            throw new InvalidAbsenceException("absenceId", "must name an absence.", "chưa chọn đăng ký vắng mặt.");
        var absence = AbsenceStore.Find(entities, p.AbsenceId) ?? throw new AbsenceNotFoundException(p.AbsenceId);
        if (absence.IsCancelled)
            throw new AbsenceCancelledException(absence.Id);
        var reserve = RotationCatalogue.ActiveOfficer(entities, p.ReserveOfficer ?? string.Empty);
        if (!string.Equals(reserve.Department, absence.Department, StringComparison.Ordinal))
            throw new ReserveDepartmentMismatchException(reserve.Id, reserve.Department, absence.Department);
        if (string.Equals(reserve.Id, absence.Officer, StringComparison.Ordinal)
            || AbsenceStore.OfOfficer(entities, reserve.Id).Any(a => a.Overlaps(absence.First, absence.Last)))
            throw new ReserveUnavailableException(reserve.Id, absence.Id);
        AbsenceStore.Write(entities, absence with { Reserve = reserve.Id, ReserveAssignedAt = context.Hlc.PhysicalTime });
    }
}
