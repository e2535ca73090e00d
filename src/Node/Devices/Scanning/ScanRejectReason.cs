namespace CounterNode.Node.Devices.Scanning;

/// <summary>Why a scan was rejected.</summary>
public enum ScanRejectReason
{
    /// <summary>The scan stopped mid-way (a pause longer than the inter-key timeout, or the device closed) or is the tail of such a scan.</summary>
    Partial,

    /// <summary>A control character (other than the CR/LF terminator) inside the scan.</summary>
    ControlCharacter,

    /// <summary>Bytes that are not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>Non-ASCII text where the scanner is configured for ASCII only.</summary>
    NonAscii,

    /// <summary>Longer than the configured maximum.</summary>
    TooLong,

    /// <summary>A keyboard-wedge scanner sent a key without a character in the key map.</summary>
    UnknownKey,
}
