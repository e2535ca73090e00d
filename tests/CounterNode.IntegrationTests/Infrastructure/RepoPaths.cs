using System.Reflection;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>Finds the repository and the build output of the apps under test.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding CounterNode.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The test's own output folder; the referenced Hub and Node assemblies are copied here.</summary>
    public static string TestBin { get; } = AppContext.BaseDirectory;

    private static string FindRoot()
    {
        var recorded = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "CounterNode.sln")))
            return recorded;

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CounterNode.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"CounterNode.sln not found above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}
