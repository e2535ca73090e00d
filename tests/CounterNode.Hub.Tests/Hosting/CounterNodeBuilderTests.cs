using CounterNode.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CounterNode.Hub.Tests.Hosting;

/// <summary>The processes' builder reads appsettings*.json once, without a file watcher over the content root.</summary>
public sealed class CounterNodeBuilderTests
{
    [Fact]
    public void Appsettings_files_are_read_without_watching_for_changes()
    {
        var builder = CounterNodeBuilder.Create(["--Hub:Database=Sqlite"]);

        var json = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>().ToList();
        Assert.NotEmpty(json);
        Assert.All(json, source => Assert.False(source.ReloadOnChange, $"{source.Path} is watched"));
        Assert.Equal("Sqlite", builder.Configuration["Hub:Database"]);
    }

    [Fact]
    public void A_plain_builder_would_watch_them_so_the_test_above_can_fail()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder([]);

        Assert.Contains(((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>(), source => source.ReloadOnChange);
    }
}
