namespace CounterNode.Shared.Codes;

/// <summary>The part of a dossier code an error is about.</summary>
public enum DossierCodePart
{
    /// <summary>The text as a whole (empty, whitespace, wrong number of parts).</summary>
    Whole,

    /// <summary>The receiving agency's identifier, e.g. <c>000.00.00.H34</c>.</summary>
    Agency,

    /// <summary>The reception date, <c>yymmdd</c>.</summary>
    Date,

    /// <summary>The daily sequence, four digits.</summary>
    Sequence,
}
