using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Catalogue;

/// <summary>Stops the Hub at start when seeding is on but the seed file cannot be found (names the setting).</summary>
public sealed class CatalogueOptionsValidator(IHostEnvironment environment) : IValidateOptions<CatalogueOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.SeedOnFirstStart)
            return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.SeedFile))
            return ValidateOptionsResult.Fail($"{CatalogueOptions.SectionName}:SeedFile is empty (set {CatalogueOptions.SectionName}:SeedOnFirstStart to false to start without a catalogue).");
        return options.ResolveSeedFile(environment.ContentRootPath) is null
            ? ValidateOptionsResult.Fail($"{CatalogueOptions.SectionName}:SeedFile '{options.SeedFile}' does not exist.")
            : ValidateOptionsResult.Success;
    }
}
