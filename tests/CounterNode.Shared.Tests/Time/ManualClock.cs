namespace CounterNode.Shared.Tests.Time;

/// <summary>
/// A physical clock tests can set anywhere, backwards included (FakeTimeProvider refuses to go
/// back in time, which is exactly the case the hybrid clock must survive).
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public long Milliseconds
    {
        get => Now.ToUnixTimeMilliseconds();
        set => Now = DateTimeOffset.FromUnixTimeMilliseconds(value);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
