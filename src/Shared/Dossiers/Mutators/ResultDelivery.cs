namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Where the applicant collects the result (Mẫu 01, item 6).</summary>
public enum ResultDelivery
{
    /// <summary>At the counter of the center.</summary>
    Counter,

    /// <summary>By post (public postal service).</summary>
    Post,
}
