using System.Text.Json;
using System.Text.Json.Serialization;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>
/// The one JSON shape of payloads and entity states (camelCase, enums as strings). Hub and
/// nodes serialise entity states with the same options so the same mutation yields the same
/// bytes on both sides.
/// </summary>
public static class MutatorJson
{
    /// <summary>Serializer options for payloads and entity states.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a payload, turning every shape error into <see cref="InvalidMutationPayloadException"/>.</summary>
    public static T ReadPayload<T>(string type, JsonElement payload)
        where T : class
    {
        if (payload.ValueKind != JsonValueKind.Object)
            throw new InvalidMutationPayloadException(type, "the payload must be a JSON object.");
        try
        {
            return payload.Deserialize<T>(Options) ?? throw new InvalidMutationPayloadException(type, "the payload is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidMutationPayloadException(type, ex.Message);
        }
    }

    /// <summary>Reads an entity state written by <see cref="ToElement{T}"/>.</summary>
    public static T ReadState<T>(SessionEntity entity)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Data.Deserialize<T>(Options)
            ?? throw new InvalidOperationException($"Entity {entity.Type}/{entity.Id} has an empty state.");
    }

    /// <summary>Serialises a payload or an entity state.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
