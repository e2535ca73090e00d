using System.Text.Json;
using System.Text.Json.Serialization;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync;

/// <summary>Writes a <see cref="HybridTimestamp"/> as its packed 64-bit value (one JSON number), as the protocol promises.</summary>
public sealed class HybridTimestampJsonConverter : JsonConverter<HybridTimestamp>
{
    /// <inheritdoc />
    public override HybridTimestamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value) || value < 0)
            throw new JsonException("A hybrid timestamp must be a non-negative 64-bit integer.");
        return new HybridTimestamp(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HybridTimestamp value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
