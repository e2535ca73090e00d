using CounterNode.Node;
using CounterNode.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("node");
builder.AddNode();

var app = builder.Build();
app.MapNode();
return app.RunCounterNode();

