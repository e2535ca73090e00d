using System.Collections.Frozen;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Queue;

namespace CounterNode.Node.Queue;

/// <summary>The services of the center and which counters serve them, checked once at start.</summary>
public sealed class QueueCatalog
{
    private readonly FrozenDictionary<string, QueueService> _byPrefix;

    /// <exception cref="InvalidQueueOptionsException">A service is malformed or configured twice.</exception>
    public QueueCatalog(QueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new List<QueueService>();
        for (var i = 0; i < options.Services.Count; i++)
        {
            var s = options.Services[i];
            var at = $"Queue:Services:{i}";
            if (!TicketNumberFormat.IsValidPrefix(s.Prefix))
                throw new InvalidQueueOptionsException($"{at}:Prefix must be 1-{TicketNumberFormat.MaxPrefixLength} upper-case letters.");
            if (string.IsNullOrWhiteSpace(s.Name))
                throw new InvalidQueueOptionsException($"{at}:Name is required.");
            if (s.Counters.Count == 0 || s.Counters.Any(c => c is < 1 or > 999))
                throw new InvalidQueueOptionsException($"{at}:Counters must list counter numbers 1-999.");
            if (s.Priority == PriorityMode.Interleaved && s.NormalsBetween < 1)
                throw new InvalidQueueOptionsException($"{at}:NormalsBetween must be at least 1.");
            if (services.Any(x => x.Prefix == s.Prefix))
                throw new InvalidQueueOptionsException($"{at}:Prefix '{s.Prefix}' is configured twice.");
            var rule = s.Priority == PriorityMode.Strict ? PriorityRule.Strict : PriorityRule.Interleave(s.NormalsBetween);
            services.Add(new QueueService(s.Prefix, s.Name.Normalize(System.Text.NormalizationForm.FormC), [.. s.Counters.Distinct().Order()], rule));
        }

        Services = services;
        _byPrefix = services.ToFrozenDictionary(s => s.Prefix, StringComparer.Ordinal);
    }

    /// <summary>All services, in configuration order (the kiosk shows them so).</summary>
    public IReadOnlyList<QueueService> Services { get; }

    /// <summary>The service with <paramref name="prefix"/>.</summary>
    /// <exception cref="UnknownServiceException">No such service.</exception>
    public QueueService Get(string? prefix) =>
        prefix is not null && _byPrefix.TryGetValue(prefix, out var service) ? service : throw new UnknownServiceException();

    /// <summary>The services <paramref name="counter"/> serves.</summary>
    public IReadOnlyList<QueueService> ServedBy(int counter) => [.. Services.Where(s => s.Counters.Contains(counter))];
}
