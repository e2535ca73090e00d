namespace CounterNode.Node.Devices.Voice.Hosting;

/// <summary>Finds a program the way a shell would (absolute path, or the first match on PATH).</summary>
internal static class ExecutableSearch
{
    public static string? Find(string program)
    {
        if (string.IsNullOrWhiteSpace(program))
        {
            return null;
        }

        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
