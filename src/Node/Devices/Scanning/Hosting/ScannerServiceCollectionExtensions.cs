using CounterNode.Node.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>Registers the barcode scanner chosen by <c>Scanner:Kind</c>.</summary>
public static class ScannerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IBarcodeScanner"/> bound from the "Scanner" section (validated on start).
    /// The consumer (officer console) enumerates <see cref="IBarcodeScanner.ReadScansAsync"/> once.
    /// </summary>
    public static IServiceCollection AddScanner(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<ScannerOptions, ScannerOptionsValidator>(configuration, ScannerOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => BarcodeScannerFactory.Create(
            sp.GetRequiredService<IOptions<ScannerOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
