using CounterNode.Node;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.ServiceDefaults;

var builder = CounterNodeBuilder.Create(args);
if (args.Contains(PrintSamplesCommand.Switch))
    return await PrintSamplesCommand.RunFromConfigurationAsync(builder.Configuration, CancellationToken.None);

builder.AddServiceDefaults("node");
builder.AddNode();

var app = builder.Build();
app.MapNode();
return app.RunCounterNode();

