using CounterNode.Hub;
using CounterNode.Hub.Board;
using CounterNode.Hub.Sync;
using CounterNode.ServiceDefaults;

if (BoardPasswordCommand.TryRun(args, Console.In, Console.Out, Console.Error) is { } hashed)
    return hashed;

var builder = CounterNodeBuilder.Create(args);
builder.AddServiceDefaults("hub");
builder.AddHub();

var app = builder.Build();
if (await app.RunSyncCommandAsync(args) is { } exitCode)
    return exitCode;

app.MapHub();
return app.RunCounterNode();

