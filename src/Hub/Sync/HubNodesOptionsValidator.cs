using CounterNode.Shared.Sync.Scopes;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Sync;

/// <summary>Refuses to start with a node that has no id, a short key, a duplicate id or an unknown scope (keys are never echoed).</summary>
internal sealed class HubNodesOptionsValidator : IValidateOptions<HubNodesOptions>
{
    /// <summary>Shortest key accepted: keys are secrets, not PINs.</summary>
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, HubNodesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Nodes.Count; i++)
        {
            var node = options.Nodes[i];
            var label = $"Hub:Nodes:{i}";
            if (string.IsNullOrWhiteSpace(node.Id) || node.Id.Length > 64)
                failures.Add($"{label}:Id must be 1-64 characters.");
            else if (!seen.Add(node.Id))
                failures.Add($"{label}:Id '{node.Id}' is configured twice.");
            if (string.IsNullOrEmpty(node.Key) || node.Key.Length < MinKeyLength)
                failures.Add($"{label}:Key must be at least {MinKeyLength} characters.");
            if (node.Scopes.Count == 0 || node.Scopes.Any(s => !SyncScope.IsValidGrant(s)))
                failures.Add($"{label}:Scopes must list scopes like center, dept:CODE, counter:N or *.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
