namespace CounterNode.Hub.Departments;

/// <summary>Body of a supplement request (Mẫu 02): exactly what is missing, one item each.</summary>
public sealed class SupplementRequestBody
{
    /// <summary>What must be supplemented or corrected (at least one, none blank).</summary>
    public List<string>? MissingItems { get; set; }

    /// <summary>Why, beyond the list, if needed.</summary>
    public string? Reason { get; set; }
}
