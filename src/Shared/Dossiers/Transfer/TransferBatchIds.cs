using System.Globalization;

namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>How transfer batch ids are made (at most 64 characters, the <c>dossier.transfer</c> limit).</summary>
public static class TransferBatchIds
{
    /// <summary>Prefix of a paper batch (<c>P-yyyyMMdd-HHmm-DEPT</c>).</summary>
    public const string PaperPrefix = "P-";

    /// <summary>Prefix of an electronic dossier's own one-dossier batch (<c>E-CODE</c>).</summary>
    public const string ElectronicPrefix = "E-";

    /// <summary>The one-dossier batch of an electronic dossier, sent at once on receipt.</summary>
    public static string Electronic(string dossierCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierCode);
        return ElectronicPrefix + dossierCode;
    }

    /// <summary>True for an id made by <see cref="TransferSlot.BatchId"/>.</summary>
    public static bool IsPaper(string? batchId) => batchId is not null && batchId.StartsWith(PaperPrefix, StringComparison.Ordinal);

    /// <summary>Reads the slot and department back from a paper batch id; false for anything else.</summary>
    public static bool TryParsePaper(string? batchId, out TransferSlot? slot, out string? department)
    {
        slot = null;
        department = null;
        if (!IsPaper(batchId))
            return false;
        var parts = batchId!.Split('-', 4);
        if (parts.Length != 4 || parts[3].Length == 0
            || !DateOnly.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(parts[2], "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return false;
        slot = new TransferSlot(day, time);
        department = parts[3];
        return true;
    }
}
