using CounterNode.Hub.Catalogue;
using Microsoft.Extensions.Hosting.Internal;

namespace CounterNode.Hub.Tests.Catalogue;

public sealed class CatalogueOptionsTests
{
    private static readonly CatalogueOptionsValidator Validator = new(new HostingEnvironment { ContentRootPath = Path.GetTempPath() });

    [Fact]
    public void A_missing_seed_file_stops_the_start_naming_the_setting_unless_seeding_is_off()
    {
        var missing = Validator.Validate(null, new CatalogueOptions { SeedFile = "no/such/seed.json" });
        var empty = Validator.Validate(null, new CatalogueOptions { SeedFile = " " });
        var off = Validator.Validate(null, new CatalogueOptions { SeedFile = "no/such/seed.json", SeedOnFirstStart = false });
        var shipped = Validator.Validate(null, new CatalogueOptions { SeedFile = CatalogueSeedTests.RepoSeedFile() });

        Assert.True(missing.Failed);
        Assert.Contains("Hub:Catalogue:SeedFile", missing.FailureMessage, StringComparison.Ordinal);
        Assert.True(empty.Failed);
        Assert.True(off.Succeeded);
        Assert.True(shipped.Succeeded);
    }

    [Fact]
    public void The_default_seed_file_ships_next_to_the_hub()
    {
        // The Hub's build output (referenced by this test project) carries Catalogue/sample-center.json.
        Assert.NotNull(new CatalogueOptions().ResolveSeedFile(Path.GetTempPath()));
    }
}
