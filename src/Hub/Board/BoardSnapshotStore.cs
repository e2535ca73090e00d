namespace CounterNode.Hub.Board;

/// <summary>The latest board and hall views, for connections that arrive between updates.</summary>
public sealed class BoardSnapshotStore
{
    private volatile BoardSnapshot? _board;
    private volatile HallSnapshot? _hall;

    /// <summary>Latest board, null before the first build.</summary>
    public BoardSnapshot? Board => _board;

    /// <summary>Latest hall view, null before the first build.</summary>
    public HallSnapshot? Hall => _hall;

    /// <summary>Replaces both views.</summary>
    public void Set(BoardSnapshot board, HallSnapshot hall)
    {
        _board = board;
        _hall = hall;
    }
}
