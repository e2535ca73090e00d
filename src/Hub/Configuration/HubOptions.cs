using System.ComponentModel.DataAnnotations;

namespace CounterNode.Hub.Configuration;

/// <summary>The Hub's own settings, bound from the "Hub" section and validated at start.</summary>
public sealed class HubOptions
{
    public const string SectionName = "Hub";

    /// <summary>Which database the Hub keeps its state in.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string for <see cref="Database"/>; the embedded default is a file next to the Hub.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/hub.db";

    /// <summary>Center name shown on the board and printed on paper.</summary>
    [Required(AllowEmptyStrings = false)]
    public string CenterName { get; set; } = "Trung tâm Phục vụ hành chính công";
}
