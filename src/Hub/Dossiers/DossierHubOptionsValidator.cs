using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Dossiers;

/// <summary>Stops the Hub at start on a malformed <c>Hub:Dossiers</c> setting (names it).</summary>
public sealed class DossierHubOptionsValidator : IValidateOptions<DossierHubOptions>
{
    public ValidateOptionsResult Validate(string? name, DossierHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TransferOfficer) || options.TransferOfficer.Length > 100)
            problems.Add("Hub:Dossiers:TransferOfficer must be 1–100 characters.");
        if (options.ElectronicPollInterval <= TimeSpan.Zero)
            problems.Add("Hub:Dossiers:ElectronicPollInterval must be positive.");
        if (options.AtRiskWorkingDays is < 0 or > 30)
            problems.Add("Hub:Dossiers:AtRiskWorkingDays must be 0–30.");
        if (options.OverdueListLimit is < 0 or > 1000)
            problems.Add("Hub:Dossiers:OverdueListLimit must be 0–1000.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
