namespace CounterNode.Shared.Rotation;

/// <summary>Which half-days of a matching day a rotation entry covers.</summary>
public enum HalfDayCoverage
{
    /// <summary>Mornings only.</summary>
    Morning,

    /// <summary>Afternoons only.</summary>
    Afternoon,

    /// <summary>The whole working day.</summary>
    Both,
}
