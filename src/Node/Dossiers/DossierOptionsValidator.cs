using CounterNode.Shared.Calendar;
using CounterNode.Shared.Codes;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>Checks the "Dossiers" section at start so a typo stops the node with the setting named.</summary>
public sealed class DossierOptionsValidator : IValidateOptions<DossierOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!AgencyCode.IsValid(options.AgencyCode))
            failures.Add("Dossiers:AgencyCode must be an agency code such as 000.00.00.H34.");
        if (string.IsNullOrWhiteSpace(options.NoticeDatabase))
            failures.Add("Dossiers:NoticeDatabase is required.");
        if (options.HubLookupTimeout <= TimeSpan.Zero || options.HubLookupTimeout > TimeSpan.FromMinutes(1))
            failures.Add("Dossiers:HubLookupTimeout must be between 0 and 1 minute.");
        if (options.NoticeReprintWait < TimeSpan.Zero || options.NoticeReprintWait > TimeSpan.FromMinutes(1))
            failures.Add("Dossiers:NoticeReprintWait must be between 0 and 1 minute.");
        for (var i = 0; i < options.Procedures.Count; i++)
        {
            var p = options.Procedures[i];
            if (string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.Department))
                failures.Add($"Dossiers:Procedures:{i} needs Code, Name and Department.");
            if (p.ProcessingDays is < 0 or > ReturnDateCalculator.MaxProcessingDays || p.Fee < 0)
                failures.Add($"Dossiers:Procedures:{i} has a negative fee or processing days outside 0-{ReturnDateCalculator.MaxProcessingDays}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
