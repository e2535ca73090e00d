using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Sync;

/// <summary>The node speaks a protocol version this Hub does not.</summary>
public sealed class UnsupportedProtocolVersionException(int version)
    : SyncRequestException($"Protocol version {version} is not supported; this Hub speaks version {SyncProtocol.Version}.")
{
    public int Version { get; } = version;

    public override int StatusCode => StatusCodes.Status400BadRequest;

    public override string Title => "Unsupported protocol version";
}
