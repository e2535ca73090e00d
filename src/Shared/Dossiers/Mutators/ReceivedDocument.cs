namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>One paper of the dossier the officer ticked as submitted (Mẫu 01, item 1).</summary>
/// <param name="Name">The paper, as in the procedure's list.</param>
/// <param name="Form">"Bản chính", "Bản sao", "Bản sao chứng thực"…</param>
/// <param name="Quantity">Number of copies (at least 1).</param>
public sealed record ReceivedDocument(string Name, string Form, int Quantity);
