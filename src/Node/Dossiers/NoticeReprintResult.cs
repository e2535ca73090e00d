namespace CounterNode.Node.Dossiers;

/// <summary>The answer to a reprint: which paper, its print job on this counter's printer, and whether the printer finished it.</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Form"><c>mau-02</c> or <c>mau-04</c>.</param>
/// <param name="FormName">The form's Vietnamese name.</param>
/// <param name="PrintJob">The print job on this node.</param>
/// <param name="Printed">True when the printer reported the page printed; false when it is still queued.</param>
/// <param name="Message">Vietnamese summary for the officer.</param>
public sealed record NoticeReprintResult(string Code, string Form, string FormName, long PrintJob, bool Printed, string Message);
