using CounterNode.Hub;
using CounterNode.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("hub");
builder.AddHub();

var app = builder.Build();
app.MapHub();
return app.RunCounterNode();

