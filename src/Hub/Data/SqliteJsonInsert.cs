using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;

namespace CounterNode.Hub.Data;

/// <summary>
/// SQLite form of a run of row inserts: every row in ONE statement with ONE parameter, a JSON
/// array of rows read back by SQLite's own JSON functions
/// (<c>INSERT ... SELECT value ->> 0, value ->> 1, ... FROM json_each(@p0)</c>).
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite binds each parameter by a name search and converts each string on its
/// own, so a push of 500 ticket issues spent half of its write time binding ~12,000 parameters.
/// One JSON text written with <see cref="Utf8JsonWriter"/> and parsed in C by SQLite costs a
/// fraction of that. Values are stored exactly as EF stores them: provider values come from
/// EF's type mappings (e.g. GUIDs as upper-case text), strings are decoded back byte for byte
/// (JSON escapes are undone by <c>->></c>), integers stay 64-bit integers.
/// </remarks>
internal static class SqliteJsonInsert
{
    private const string ValuesKeyword = " VALUES (";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON form of a single-row <c>INSERT INTO t (c0, ..., cN) VALUES (@p0, ..., @pN)</c>, or null when it is not one.</summary>
    public static string? For(string insertSql, int columnCount)
    {
        ArgumentNullException.ThrowIfNull(insertSql);
        var valuesAt = insertSql.IndexOf(ValuesKeyword, StringComparison.Ordinal);
        if (!insertSql.StartsWith("INSERT INTO ", StringComparison.Ordinal) || valuesAt < 0 || columnCount < 1)
            return null;
        var columns = string.Join(", ", Enumerable.Range(0, columnCount).Select(i => "value ->> " + i.ToString(CultureInfo.InvariantCulture)));
        return insertSql[..valuesAt] + " SELECT " + columns + " FROM json_each(@p0)";
    }

    /// <summary>
    /// The rows as JSON arrays of arrays, each value converted to what the provider stores. A new
    /// array starts after <see cref="MaxChunkBytes"/>, so no text lands on the large-object heap
    /// (a push of 500 otherwise made two full garbage collections per push).
    /// </summary>
    public static List<string> Rows(IReadOnlyList<object?[]> rows, Func<Type, RelationalTypeMapping> mappingOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(mappingOf);
        var chunks = new List<string>();
        using var buffer = new MemoryStream(MaxChunkBytes * 2);
        var index = 0;
        while (index < rows.Count)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartArray();
                do
                {
                    json.WriteStartArray();
                    foreach (var value in rows[index])
                        Write(json, value, mappingOf);
                    json.WriteEndArray();
                    index++;
                    json.Flush();
                }
                while (index < rows.Count && buffer.Length < MaxChunkBytes);

                json.WriteEndArray();
            }

            chunks.Add(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return chunks;
    }

    /// <summary>About how many bytes of JSON one statement carries (its text stays below the large-object heap).</summary>
    public const int MaxChunkBytes = 24 * 1024;

    private static void Write(Utf8JsonWriter json, object? value, Func<Type, RelationalTypeMapping> mappingOf)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case Guid guid when mappingOf(typeof(Guid)).Converter is null:
                // EF binds GUIDs as TEXT and Microsoft.Data.Sqlite writes that TEXT upper-case
                // (a test compares rows written both ways).
                json.WriteStringValue(guid.ToString("D").ToUpperInvariant());
                break;
            default:
                // Enums, dates, converted GUIDs: through EF's converter, so the row matches an EF-written one.
                var provider = mappingOf(value.GetType()).Converter?.ConvertToProvider(value) ?? value;
                switch (provider)
                {
                    case string text:
                        json.WriteStringValue(text);
                        break;
                    case long number:
                        json.WriteNumberValue(number);
                        break;
                    case int number:
                        json.WriteNumberValue(number);
                        break;
                    default:
                        throw new NotSupportedException($"A {value.GetType().Name} cannot be written as a JSON row value.");
                }

                break;
        }
    }
}
