namespace CounterNode.Hub.Board;

/// <summary>A collision from offline decisions, as the mutators recorded it.</summary>
/// <param name="Id">Conflict key.</param>
/// <param name="Kind">Kebab-case kind (<c>duplicate-number</c>, <c>concurrent-call</c>).</param>
/// <param name="Message">Vietnamese text (ticket and counter numbers only).</param>
/// <param name="Version">Change-log version of its latest update.</param>
public sealed record ConflictView(string Id, string Kind, string Message, long Version);
