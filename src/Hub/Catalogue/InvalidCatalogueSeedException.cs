namespace CounterNode.Hub.Catalogue;

/// <summary>The seed file cannot be read or an entry of it was refused; the Hub does not start with half a catalogue silently.</summary>
public sealed class InvalidCatalogueSeedException(string path, string problem, Exception? inner = null)
    : Exception($"Catalogue seed file '{path}': {problem}", inner)
{
    /// <summary>The seed file.</summary>
    public string Path { get; } = path;
}
