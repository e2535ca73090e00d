using System.Collections.Frozen;
using CounterNode.Node.Catalogue;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Queue;

namespace CounterNode.Node.Queue;

/// <summary>
/// The services of the center and which counters serve them: the catalogue synced from the Hub
/// when the replica has one (<see cref="ICatalogue"/>), else the node's <c>Queue:Services</c>
/// (checked once at start).
/// </summary>
public sealed class QueueCatalog
{
    private readonly FrozenDictionary<string, QueueService> _byPrefix;
    private readonly IReadOnlyList<QueueService> _configured;
    private readonly ICatalogue? _synced;
    private volatile SyncedView? _view;

    /// <summary>Services from the synced catalogue once it exists, from <paramref name="options"/> until then.</summary>
    /// <exception cref="InvalidQueueOptionsException">A configured service is malformed or configured twice.</exception>
    public QueueCatalog(QueueOptions options, ICatalogue catalogue)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _synced = catalogue;
    }

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

        _configured = services;
        _byPrefix = services.ToFrozenDictionary(s => s.Prefix, StringComparer.Ordinal);
    }

    /// <summary>All services, in configuration order, or by prefix when synced (the kiosk shows them so).</summary>
    public IReadOnlyList<QueueService> Services => View().Services;

    /// <summary>The service with <paramref name="prefix"/>.</summary>
    /// <exception cref="UnknownServiceException">No such service.</exception>
    public QueueService Get(string? prefix) =>
        prefix is not null && View().ByPrefix.TryGetValue(prefix, out var service) ? service : throw new UnknownServiceException();

    /// <summary>The center's opening periods from the synced catalogue, or null (the calendar's default sessions apply).</summary>
    public IReadOnlyList<Shared.Calendar.WorkingSession>? WorkingSessions => _synced?.Current.WorkingSessions;

    /// <summary>The services <paramref name="counter"/> serves.</summary>
    public IReadOnlyList<QueueService> ServedBy(int counter)
    {
        IReadOnlyList<QueueService> served = [.. Services.Where(s => s.Counters.Contains(counter))];
        return Duty is { } duty ? duty.Filter(served) : served;
    }

    /// <summary>This node's counter duty (a shared counter calls only the services of the department on duty); null = no rotation.</summary>
    public CounterDuty? Duty { get; init; }

    // The synced catalogue is immutable per instance: derive the services once per instance.
    private (IReadOnlyList<QueueService> Services, FrozenDictionary<string, QueueService> ByPrefix) View()
    {
        var current = _synced?.Current;
        if (current is null || current.IsEmpty)
            return (_configured, _byPrefix);
        if (_view is { } view && ReferenceEquals(view.Source, current))
            return (view.Services, view.ByPrefix);
        IReadOnlyList<QueueService> services =
        [
            .. current.Services.Select(s => new QueueService(
                s.Prefix,
                s.Name,
                current.CountersServing(s.Prefix),
                s.Priority == ServicePriority.Interleaved ? PriorityRule.Interleave(s.NormalsBetween) : PriorityRule.Strict)),
        ];
        var byPrefix = services.ToFrozenDictionary(s => s.Prefix, StringComparer.Ordinal);
        _view = new SyncedView(current, services, byPrefix);
        return (services, byPrefix);
    }

    private sealed record SyncedView(SyncedCatalogue Source, IReadOnlyList<QueueService> Services, FrozenDictionary<string, QueueService> ByPrefix);
}
