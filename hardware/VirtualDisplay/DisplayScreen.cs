namespace CounterNode.VirtualDisplay;

/// <summary>
/// The 2×20 character grid and cursor of a pole display. Not thread-safe; <see cref="VirtualDisplayState"/> locks around it.
/// </summary>
public sealed class DisplayScreen
{
    public const int Columns = 20;
    public const int Rows = 2;

    private readonly char[][] _cells = [new char[Columns], new char[Columns]];

    public DisplayScreen() => Clear();

    /// <summary>Cursor column, 1-20.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>Cursor row, 1-2.</summary>
    public int Row { get; private set; } = 1;

    public ScrollMode Mode { get; set; } = ScrollMode.Overwrite;

    public string Line(int row) => new(_cells[row - 1]);

    public void Clear()
    {
        foreach (var row in _cells)
        {
            Array.Fill(row, ' ');
        }

        Home();
    }

    public void Home()
    {
        Column = 1;
        Row = 1;
    }

    /// <summary>CAN: blanks the cursor's line and returns to its start.</summary>
    public void ClearLine()
    {
        Array.Fill(_cells[Row - 1], ' ');
        Column = 1;
    }

    /// <summary>Moves the cursor; out-of-range positions are ignored (as the device does).</summary>
    public bool MoveTo(int column, int row)
    {
        if (column is < 1 or > Columns || row is < 1 or > Rows)
        {
            return false;
        }

        Column = column;
        Row = row;
        return true;
    }

    /// <summary>Writes a whole line (CD5220 ESC Q A/B): padded or cut to 20 like the device.</summary>
    public void SetLine(int row, string text)
    {
        var padded = text.Length >= Columns ? text[..Columns] : text.PadRight(Columns);
        padded.CopyTo(_cells[row - 1]);
    }

    public void Write(char c)
    {
        _cells[Row - 1][Column - 1] = c;
        Advance();
    }

    public void CarriageReturn() => Column = 1;

    public void LineFeed()
    {
        if (Row == 1)
        {
            Row = 2;
        }
        else if (Mode == ScrollMode.Vertical)
        {
            ScrollUp();
        }
        else
        {
            Row = 1;
        }
    }

    public void Backspace() => Column = Math.Max(1, Column - 1);

    public void Tab() => Advance();

    private void Advance()
    {
        if (Column < Columns)
        {
            Column++;
            return;
        }

        Column = 1;
        LineFeed();
    }

    private void ScrollUp()
    {
        _cells[1].CopyTo(_cells[0], 0);
        Array.Fill(_cells[1], ' ');
    }
}
