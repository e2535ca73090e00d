namespace CounterNode.Shared.Rotation;

/// <summary>Payload of <c>rotation.remove</c>.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="Counter">The entry's counter (its scope; a mismatch is refused).</param>
public sealed record RemoveRotationEntryPayload(string Id, int Counter);
