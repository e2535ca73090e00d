using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Errors;

/// <summary>
/// Two reserve blocks of the same series and day share numbers. Accepting it would let two
/// nodes (or one node twice) print the same ticket number or dossier code.
/// </summary>
public sealed class ReserveBlockOverlapException : DomainException
{
    /// <param name="added">The block being added.</param>
    /// <param name="existing">The block it overlaps.</param>
    public ReserveBlockOverlapException(ReserveBlock added, ReserveBlock existing)
        : base(
            "reserve-block.overlap",
            $"Reserve block {added} overlaps block {existing}; blocks of one series and day must be disjoint.",
            $"Khối số dự phòng {added} trùng với khối {existing}.")
    {
        Added = added;
        Existing = existing;
    }

    /// <summary>The refused block.</summary>
    public ReserveBlock Added { get; }

    /// <summary>The block already held.</summary>
    public ReserveBlock Existing { get; }
}
