namespace CounterNode.Node.Dossiers;

/// <summary>Print a department notice of a dossier again at this counter.</summary>
/// <param name="Code">Dossier code as typed or scanned.</param>
/// <param name="Form"><c>mau-02</c> or <c>mau-04</c>; blank = the open notice the citizen must act on first.</param>
public sealed record ReprintNoticeRequest(string? Code, string? Form);
