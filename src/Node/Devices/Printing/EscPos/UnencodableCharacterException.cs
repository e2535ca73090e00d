namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>
/// A character has no byte in the selected code page. ESC/POS drivers that cut a character to its
/// low byte print the wrong letter; we refuse instead, naming the character and its position.
/// </summary>
public sealed class UnencodableCharacterException : Exception
{
    public UnencodableCharacterException(string codePage, string character, int index)
        : base($"The character '{character}' (U+{char.ConvertToUtf32(character, 0):X4}) at index {index} has no byte in code page {codePage}.")
    {
        CodePage = codePage;
        Character = character;
        Index = index;
    }

    public UnencodableCharacterException()
    {
        CodePage = string.Empty;
        Character = string.Empty;
    }

    public UnencodableCharacterException(string message)
        : base(message)
    {
        CodePage = string.Empty;
        Character = string.Empty;
    }

    public UnencodableCharacterException(string message, Exception innerException)
        : base(message, innerException)
    {
        CodePage = string.Empty;
        Character = string.Empty;
    }

    public string CodePage { get; }

    public string Character { get; }

    public int Index { get; }
}
