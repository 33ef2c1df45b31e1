using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>Requests: file one in a case and start the workflow of its type (API and the case page's form).</summary>
internal sealed class RequestsFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) =>
        builder.Services.AddScoped<RequestFiling>().AddScoped<RequestWithdrawal>().AddSingleton<IDecisionDelegation, ConfiguredDecisionDelegation>();

    public static void Map(WebApplication app)
    {
        // Read the delegations now: a wrong one stops the start-up instead of the first decision.
        app.Services.GetRequiredService<IDecisionDelegation>();
        app.MapRequestEndpoints();
    }
}
