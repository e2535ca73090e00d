namespace CounterNode.Hub.Board;

/// <summary>What the Hub calls on a logged-in board page.</summary>
public interface IBoardClient
{
    /// <summary>A full board (on connect and whenever the change log moved).</summary>
    Task Board(BoardSnapshot snapshot);
}
