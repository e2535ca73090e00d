namespace CounterNode.Shared.Tickets;

/// <summary>Vietnamese names of <see cref="PriorityCategory"/> as the center's configuration spells them.</summary>
public static class PriorityCategoryNames
{
    /// <summary>The name printed and shown, e.g. "Người cao tuổi".</summary>
    public static string Vietnamese(PriorityCategory category) => category switch
    {
        PriorityCategory.Elderly => "Người cao tuổi",
        PriorityCategory.Disabled => "Người khuyết tật",
        PriorityCategory.Pregnant => "Phụ nữ mang thai",
        PriorityCategory.Veteran => "Người có công với cách mạng",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Maps a configured name (exact, Unicode-normalised) back to the category.</summary>
    public static bool TryParse(string? name, out PriorityCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(name))
            return false;
        var normalised = name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        foreach (var candidate in Enum.GetValues<PriorityCategory>())
        {
            if (string.Equals(Vietnamese(candidate), normalised, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        return false;
    }
}
