using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace CounterNode.ServiceDefaults.Logging;

/// <summary>Names configuration providers for the startup line without revealing any value.</summary>
public static class ConfigurationSources
{
    public static IEnumerable<string> Describe(IConfigurationRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Names(root.Providers).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Names(IEnumerable<IConfigurationProvider> providers)
    {
        foreach (var provider in providers)
        {
            var name = provider switch
            {
                JsonConfigurationProvider json => json.Source.FileProvider?.GetFileInfo(json.Source.Path ?? "").Exists == true ? json.Source.Path : null,
                EnvironmentVariablesConfigurationProvider => "environment variables",
                CommandLineConfigurationProvider => "command line",
                MemoryConfigurationProvider => null,
                ChainedConfigurationProvider => null,
                _ => provider.GetType().Name,
            };
            if (!string.IsNullOrEmpty(name))
                yield return name;
        }
    }
}
