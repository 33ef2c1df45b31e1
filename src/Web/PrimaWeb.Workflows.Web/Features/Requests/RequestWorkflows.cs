using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>The workflow definition that runs each request type filed through the API.</summary>
internal static class RequestWorkflows
{
    public static IReadOnlyDictionary<RequestType, string> Definitions { get; } = new Dictionary<RequestType, string>
    {
        [RequestType.Dis] = "dis",
        [RequestType.EquivalentRis] = "equivalent-ris",
    };
}
