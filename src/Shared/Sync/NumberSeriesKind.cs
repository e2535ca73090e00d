namespace CounterNode.Shared.Sync;

/// <summary>Kinds of printed number series.</summary>
public enum NumberSeriesKind
{
    /// <summary>Queue ticket numbers of one service prefix.</summary>
    Ticket,

    /// <summary>Daily sequence of dossier codes of one agency.</summary>
    Dossier,
}
