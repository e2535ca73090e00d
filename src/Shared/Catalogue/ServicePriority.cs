namespace CounterNode.Shared.Catalogue;

/// <summary>How a service's queue orders priority tickets (RULES: người cao tuổi, khuyết tật…).</summary>
public enum ServicePriority
{
    /// <summary>Every waiting priority ticket is called before any normal one.</summary>
    Strict,

    /// <summary>One priority ticket after every <see cref="ServiceEntity.NormalsBetween"/> normal ones.</summary>
    Interleaved,
}
