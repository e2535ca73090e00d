namespace CounterNode.Hub.Data;

/// <summary>One statement ready to run: its text and its parameters (names start with '@').</summary>
internal sealed record SqlUnit(string Sql, IReadOnlyList<string> Names, IReadOnlyList<object?> Values);
