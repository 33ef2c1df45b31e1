using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Requests;

/// <summary>Links the request to this instance and moves it to "under investigation" (no-op when already there).</summary>
[Activity("Request.StartInvestigation", 1, Category = "Requests", DisplayName = "Start the investigation",
    Description = "Links the request to the workflow and puts it under investigation.",
    DescriptionFr = "Lie la demande au workflow et la met en enquête.",
    DescriptionNl = "Koppelt de aanvraag aan de workflow en zet ze in onderzoek.")]
public sealed class StartInvestigation(ICaseFileStore store) : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        request.AttachWorkflow(context.InstanceId);
        if (request.CanFire(RequestTrigger.StartInvestigation))
        {
            request.StartInvestigation();
        }

        return ActivityResult.Complete();
    }
}
