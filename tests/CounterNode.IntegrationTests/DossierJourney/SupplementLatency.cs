using System.Globalization;
using CounterNode.VirtualPrinter;

namespace CounterNode.IntegrationTests.DossierJourney;

/// <summary>Times from the department's click: Hub answered, notice in the counter's replica, Mẫu 02 printed.</summary>
internal sealed record SupplementLatency(TimeSpan HubAnswered, TimeSpan InReplica, TimeSpan Printed, VirtualPrintJob Job)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"supplement notice latency: Hub answered {HubAnswered.TotalMilliseconds:0} ms, at the counter (replica) {InReplica.TotalMilliseconds:0} ms, Mẫu 02 printed {Printed.TotalMilliseconds:0} ms");
}
