using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>The workflow definition that runs each request type filed through the API.</summary>
internal static class RequestWorkflows
{
    public static IReadOnlyDictionary<RequestType, string> Definitions { get; } = new Dictionary<RequestType, string>
    {
        [RequestType.Dis] = "dis",
        [RequestType.EquivalentRis] = "equivalent-ris",
        [RequestType.HeatingAllowance] = "heating-allowance",
        [RequestType.OtherAid] = "other-aid",
        [RequestType.InstallationPremium] = "installation-premium",
    };

    /// <summary>The request type a definition runs (a DIS for a definition no request type names yet, as in a simulation).</summary>
    public static RequestType TypeOf(string definitionId) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Value, definitionId, StringComparison.Ordinal)).Key;
}
