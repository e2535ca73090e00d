namespace CounterNode.Node.Devices.Display.RawLine;

/// <summary>One piece of a parsed template: literal bytes, or a field with an optional zero-padded width.</summary>
/// <param name="Literal">The literal bytes, or null for a field.</param>
/// <param name="Field">The field, when <paramref name="Literal"/> is null.</param>
/// <param name="ZeroPadWidth">Width for <c>{field:000}</c> (the count of zeros), 0 for none.</param>
public sealed record RawLineSegment(byte[]? Literal, RawLineField Field, int ZeroPadWidth);
