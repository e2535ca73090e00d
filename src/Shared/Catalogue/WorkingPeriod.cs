namespace CounterNode.Shared.Catalogue;

/// <summary>One opening period of a working day, center-local time as <c>HH:mm</c> (e.g. <c>07:00</c>–<c>11:00</c>).</summary>
/// <param name="From">Start, inclusive.</param>
/// <param name="To">End, exclusive; later than <paramref name="From"/>.</param>
public sealed record WorkingPeriod(string From, string To)
{
    /// <summary>Start as a time of day (the value was validated when the catalogue accepted it).</summary>
    public TimeOnly Start => CatalogueTime.Parse(From);

    /// <summary>End as a time of day.</summary>
    public TimeOnly End => CatalogueTime.Parse(To);
}
