using System.Collections.Concurrent;
using System.Reflection;

namespace CounterNode.Hub.Board;

/// <summary>
/// The board's and hall's static files, embedded in the Hub assembly (logical names
/// <c>board/…</c>, <c>hall/…</c>) so they work whatever the content root is and need no
/// internet at run time.
/// </summary>
public static class BoardAssets
{
    private static readonly Assembly Assembly = typeof(BoardAssets).Assembly;
    private static readonly HashSet<string> Names = new(Assembly.GetManifestResourceNames(), StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The bytes of an embedded file, or null when there is none (no path tricks possible: exact names only).</summary>
    public static byte[]? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
            return null;
        return Cache.GetOrAdd(name, n =>
        {
            using var stream = Assembly.GetManifestResourceStream(n) ?? throw new InvalidOperationException($"Embedded resource {n} vanished.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>Text of an embedded file (UTF-8).</summary>
    public static string Text(string name) =>
        System.Text.Encoding.UTF8.GetString(Find(name) ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build."));

    /// <summary>Content type by extension.</summary>
    public static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
