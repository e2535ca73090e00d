namespace CounterNode.Hub.Catalogue;

/// <summary>Settings of the center's catalogue at the Hub (<c>Hub:Catalogue</c>).</summary>
public sealed class CatalogueOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Hub:Catalogue";

    /// <summary>
    /// JSON file the catalogue is seeded from on first start (no catalogue entity yet). Relative
    /// paths are resolved against the Hub's binaries first, then its content root.
    /// </summary>
    public string SeedFile { get; set; } = "Catalogue/sample-center.json";

    /// <summary>False to start with an empty catalogue (nodes keep their configured services).</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>Resolves <see cref="SeedFile"/>; null when it exists nowhere.</summary>
    public string? ResolveSeedFile(string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(SeedFile))
            return null;
        if (Path.IsPathRooted(SeedFile))
            return File.Exists(SeedFile) ? SeedFile : null;
        return new[] { AppContext.BaseDirectory, contentRoot }
            .Select(root => Path.GetFullPath(Path.Combine(root, SeedFile)))
            .FirstOrDefault(File.Exists);
    }
}
