using CounterNode.Hub.Board;

namespace CounterNode.Hub.Hall;

/// <summary>What the Hub calls on a hall display page.</summary>
public interface IHallClient
{
    /// <summary>The hall view (on connect and whenever the change log moved).</summary>
    Task Hall(HallSnapshot snapshot);
}
