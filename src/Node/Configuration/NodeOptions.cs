using System.ComponentModel.DataAnnotations;

namespace CounterNode.Node.Configuration;

/// <summary>The node's identity and links, bound from the "Node" section and validated at start.</summary>
public sealed class NodeOptions
{
    public const string SectionName = "Node";

    /// <summary>Stable identifier of this node, unique in the center (e.g. "counter-01").</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$", ErrorMessage = "Node:NodeId must be 1-63 lower-case letters, digits or '-'.")]
    public string NodeId { get; set; } = "counter-01";

    public NodeRole Role { get; set; } = NodeRole.Counter;

    /// <summary>Base address of the Hub. The node works offline when it cannot be reached.</summary>
    [Required]
    public Uri HubUrl { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>Folder for the local SQLite replica and persisted print jobs.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Counter number in the hall for the counter role (1-based).</summary>
    [Range(1, 999)]
    public int? CounterNumber { get; set; } = 1;
}
