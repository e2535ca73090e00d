using System.Text.RegularExpressions;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>Checks shared by the rotation mutators.</summary>
public static partial class RotationRules
{
    /// <summary>Longest absence reason kept (a sentence or two, not a document).</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Longest absence, in days (a longer one is a reassignment, not an absence).</summary>
    public const int MaxAbsenceDays = 366;

    /// <summary>True for an entry or absence id: 1–64 letters, digits, '-', '_' or '.'.</summary>
    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>Refuses anything not issued by the Hub.</summary>
    /// <exception cref="RotationHubOnlyException">Another node sent it.</exception>
    public static void RequireHub(MutationContext context, string type)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!string.Equals(context.NodeId, CatalogueMutationTypes.HubNodeId, StringComparison.Ordinal))
            throw new RotationHubOnlyException(type, context.NodeId);
    }

    /// <summary>Checks the shape of an entry (ids, counter, days, period); the catalogue checks come after.</summary>
    /// <exception cref="InvalidRotationEntryException">The first problem found.</exception>
    public static void ValidateShape(RotationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsId(entry.Id))
            throw new InvalidRotationEntryException("id", "must be 1-64 letters, digits, '-', '_' or '.'.", "mã mục lịch không hợp lệ.");
        if (entry.Counter is < 1 or > 999)
            throw new InvalidRotationEntryException("counter", "must be 1-999.", "số quầy phải từ 1 đến 999.");
        if (!CatalogueRules.IsDepartmentCode(entry.Department))
            throw new InvalidRotationEntryException("department", "must be a department code.", "chưa chọn cơ quan.");
        if (!CatalogueRules.IsOfficerId(entry.Officer))
            throw new InvalidRotationEntryException("officer", "must be an officer id.", "chưa chọn công chức.");
        if (entry.DaysOfWeek.Count == 0 && entry.Dates.Count == 0)
            throw new InvalidRotationEntryException("daysOfWeek", "or dates must name at least one day.", "phải chọn ít nhất một thứ trong tuần hoặc một ngày cụ thể.");
        if (entry.DaysOfWeek.Any(d => !Enum.IsDefined(d)))
            throw new InvalidRotationEntryException("daysOfWeek", "contains an unknown day.", "thứ trong tuần không hợp lệ.");
        if (!Enum.IsDefined(entry.HalfDays))
            throw new InvalidRotationEntryException("halfDays", "must be morning, afternoon or both.", "buổi phải là sáng, chiều hoặc cả ngày.");
        if (entry.ValidTo is { } to && to < entry.ValidFrom)
            throw new InvalidRotationEntryException("validTo", "is before validFrom.", "ngày kết thúc trước ngày bắt đầu hiệu lực.");
        if (entry.Dates.Any(d => d < entry.ValidFrom || d > entry.LastDay))
            throw new InvalidRotationEntryException("dates", "must lie within the validity period.", "ngày cụ thể nằm ngoài thời gian hiệu lực.");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
