namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>One department's paper batch of one slot: the dossiers carried over together, by code.</summary>
/// <param name="BatchId">Batch id (<see cref="TransferSlot.BatchId"/>).</param>
/// <param name="Department">Receiving department.</param>
/// <param name="Slot">Batch time.</param>
/// <param name="Codes">Dossier codes, in code order (the order of the printed sheet).</param>
public sealed record TransferBatch(string BatchId, string Department, TransferSlot Slot, IReadOnlyList<string> Codes);
