using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Codes;

/// <summary>
/// Draws numbers from one <see cref="ReserveBlock"/> in ascending order. The node persists
/// <see cref="LastTaken"/> in the same transaction as the ticket or dossier that used the
/// number, and restores the cursor from it after a restart. Thread-safe.
/// </summary>
public sealed class ReserveBlockCursor
{
    private readonly Lock _gate = new();
    private int _next;

    /// <param name="block">The block to draw from.</param>
    /// <param name="lastTaken">The last number already used (after a restart), or null for a fresh block.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastTaken"/> is not in the block.</exception>
    public ReserveBlockCursor(ReserveBlock block, int? lastTaken = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (lastTaken is { } taken && !block.Contains(taken))
            throw new ArgumentOutOfRangeException(nameof(lastTaken), taken, $"The last number taken must be within the block {block.First}..{block.Last}.");
        Block = block;
        _next = lastTaken is { } t ? t + 1 : block.First;
    }

    /// <summary>The block.</summary>
    public ReserveBlock Block { get; }

    /// <summary>Numbers still available.</summary>
    public int Remaining
    {
        get
        {
            lock (_gate)
                return Block.Last - _next + 1;
        }
    }

    /// <summary>True when every number was taken.</summary>
    public bool IsExhausted => Remaining == 0;

    /// <summary>The last number taken, or null if none yet.</summary>
    public int? LastTaken
    {
        get
        {
            lock (_gate)
                return _next > Block.First ? _next - 1 : null;
        }
    }

    /// <summary>Takes the next number.</summary>
    /// <exception cref="ReserveBlockExhaustedException">The block is used up.</exception>
    public int Take() => TryTake(out var number) ? number : throw new ReserveBlockExhaustedException(Block.Series);

    /// <summary>Takes the next number if any is left.</summary>
    public bool TryTake(out int number)
    {
        lock (_gate)
        {
            if (_next > Block.Last)
            {
                number = 0;
                return false;
            }

            number = _next++;
            return true;
        }
    }
}
