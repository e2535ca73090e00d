using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Hosting;

namespace CounterNode.Node.Health;

/// <summary>Registers device health reporting.</summary>
public static class DeviceHealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DeviceHealth"/> and its reporter (section "Health"), and wraps the configured
    /// counter display and barcode scanner so their reachability is observed. Call after
    /// <c>AddPrinting</c>, <c>AddDisplay</c>, <c>AddScanner</c> and <c>AddNodeSync</c>.
    /// </summary>
    public static IServiceCollection AddDeviceHealth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeviceHealthOptions>().Bind(configuration.GetSection(DeviceHealthOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeviceHealth>();
        if (!configuration.GetSection(DeviceHealthOptions.SectionName).GetValue(nameof(DeviceHealthOptions.Enabled), true))
            return services;
        services.AddHostedService<DeviceHealthReporter>();

        // The web display lives in the node's own page and cannot go offline; "None" has nothing to watch.
        var display = configuration.GetSection(DisplayOptions.SectionName).GetValue(nameof(DisplayOptions.Kind), DisplayKind.None);
        if (display is not (DisplayKind.None or DisplayKind.Web))
            Decorate<ICounterDisplay>(services, (sp, inner) => new HealthReportingCounterDisplay(inner, sp.GetRequiredService<DeviceHealth>()));
        var scanner = configuration.GetSection(ScannerOptions.SectionName).GetValue(nameof(ScannerOptions.Kind), ScannerKind.None);
        if (scanner != ScannerKind.None)
            Decorate<IBarcodeScanner>(services, (sp, inner) => new HealthReportingBarcodeScanner(inner, sp.GetRequiredService<DeviceHealth>()));
        return services;
    }

    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService);
        if (original is null)
            return;
        services.Remove(original);
        services.Add(new ServiceDescriptor(typeof(T), sp => wrap(sp, (T)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))), original.Lifetime));
    }
}
