namespace CounterNode.Node.Devices.Printing.Text;

/// <summary>
/// Turns Unicode text into the bytes of a printer code page. Implementations map characters
/// themselves (NFD, then base letter + tone) and throw
/// <see cref="EscPos.UnencodableCharacterException"/> for anything they cannot print.
/// </summary>
public interface ICodePageTextEncoder
{
    /// <summary>Short name for logs and errors (e.g. "WPC1258").</summary>
    string Name { get; }

    /// <summary>The <c>ESC t n</c> page to select before writing the encoded bytes.</summary>
    byte CodePage { get; }

    /// <summary>Bytes for <paramref name="text"/>; may contain <c>ESC t</c> switches but ends on <see cref="CodePage"/>.</summary>
    byte[] Encode(string text);

    /// <summary>Whether every character of <paramref name="text"/> can be encoded.</summary>
    bool CanEncode(string text);
}
