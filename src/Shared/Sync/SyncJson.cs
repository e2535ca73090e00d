using System.Text.Json;
using System.Text.Json.Serialization;

namespace CounterNode.Shared.Sync;

/// <summary>
/// The wire format of the sync protocol, shared by Hub and nodes: camelCase (web defaults),
/// enums as camelCase strings, hybrid timestamps as one number.
/// </summary>
public static class SyncJson
{
    /// <summary>Serializer options of every sync request and response.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new HybridTimestampJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
