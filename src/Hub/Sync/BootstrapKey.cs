using System.Globalization;

namespace CounterNode.Hub.Sync;

/// <summary>
/// The opaque paging key of a bootstrap: the snapshot version fixed by the first page, then
/// the last (type, id) served. Carrying the snapshot makes every page report the same
/// version, from which the node pulls afterwards.
/// </summary>
internal sealed record BootstrapKey(long Snapshot, string Type, string Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Snapshot}\u001f{Type}\u001f{Id}");

    public static BootstrapKey? Parse(string text)
    {
        var parts = text.Split('\u001f', 3);
        return parts.Length == 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var snapshot)
            ? new BootstrapKey(snapshot, parts[1], parts[2])
            : null;
    }
}
