namespace CounterNode.Shared.Tests;

public class SmokeTests
{
    [Fact]
    public void Shared_assembly_has_no_io_dependencies()
    {
        var refs = typeof(CounterNode.Shared.AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(refs, n => n!.StartsWith("Microsoft.Data", StringComparison.Ordinal) || n.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }
}
