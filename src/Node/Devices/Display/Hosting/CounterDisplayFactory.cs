using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.RawLine;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Display.Web;
using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Display.Hosting;

/// <summary>Builds the configured <see cref="ICounterDisplay"/> from validated options.</summary>
public static class CounterDisplayFactory
{
    public static ICounterDisplay Create(DisplayOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var log = loggerFactory.CreateLogger(typeof(CounterDisplayFactory));
        switch (options.Kind)
        {
            case DisplayKind.None:
                return new NullCounterDisplay();
            case DisplayKind.Web:
                log.Configured("web", "browser page");
                return new WebCounterDisplay(timeProvider);
        }

        var transport = DeviceEndpoint.Parse(options.Port).CreateTransport(new SerialLineSettings(options.BaudRate), options.ConnectTimeout);
        var connection = new DeviceConnection(transport);
        log.Configured(options.Kind.ToString(), transport.Description);
        if (options.Kind == DisplayKind.RawLine)
        {
            return new RawLineDisplay(
                connection,
                RawLineTemplate.Parse(options.Template ?? string.Empty),
                string.IsNullOrEmpty(options.IdleTemplate) ? null : RawLineTemplate.Parse(options.IdleTemplate),
                string.IsNullOrEmpty(options.ClearTemplate) ? null : RawLineTemplate.Parse(options.ClearTemplate),
                options.Address,
                loggerFactory.CreateLogger<RawLineDisplay>());
        }

        IPoleDisplayProtocol protocol = options.Kind == DisplayKind.DmD ? new DmdProtocol() : new Cd5220Protocol();
        return new PoleDisplay(
            protocol,
            connection,
            new PoleScreenLayout(options.CallLabel, options.CounterLabel, options.IdleUpper, options.IdleLower),
            new PoleBlinkSettings(options.BlinkInterval, options.BlinkCount),
            options.Brightness,
            timeProvider,
            loggerFactory.CreateLogger<PoleDisplay>());
    }
}
