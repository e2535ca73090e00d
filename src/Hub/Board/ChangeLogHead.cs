namespace CounterNode.Hub.Board;

/// <summary>Where the change log stands: its latest version and the oldest one still kept.</summary>
public sealed record ChangeLogHead(long Version, long RetainedFrom);
