using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Time;

/// <summary>
/// A remote timestamp is further ahead of the local physical clock than the clock tolerates.
/// Accepting it would drag every later timestamp of this node into the future (a single node
/// with a wrong clock could poison the whole center's ordering), so it is refused instead.
/// </summary>
public sealed class ClockDriftException : DomainException
{
    public ClockDriftException(HybridTimestamp remote, DateTimeOffset localPhysical, TimeSpan maxDrift)
        : base("clock.drift",
            string.Create(CultureInfo.InvariantCulture,
                $"Remote timestamp {remote} is {(remote.PhysicalTime - localPhysical).TotalSeconds:F0} s ahead of the local clock " +
                $"({localPhysical.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z); at most {maxDrift.TotalSeconds:F0} s is tolerated."),
            string.Create(CultureInfo.InvariantCulture,
                $"Đồng hồ của máy gửi chạy nhanh hơn {(remote.PhysicalTime - localPhysical).TotalSeconds:F0} giây (cho phép tối đa {maxDrift.TotalSeconds:F0} giây). Hãy kiểm tra giờ hệ thống."))
    {
        Remote = remote;
        LocalPhysical = localPhysical;
        MaxDrift = maxDrift;
    }

    /// <summary>The refused timestamp.</summary>
    public HybridTimestamp Remote { get; }

    /// <summary>The local physical time when it was refused.</summary>
    public DateTimeOffset LocalPhysical { get; }

    /// <summary>The tolerance in force.</summary>
    public TimeSpan MaxDrift { get; }
}
