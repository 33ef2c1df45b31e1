using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Requests;

/// <summary>
/// Links the request to this instance and moves it to "under investigation" (no-op when already there). On a decided
/// request whose grant is in force it re-opens the investigation to revise the grant (the yearly review's revision).
/// </summary>
[Activity("Request.StartInvestigation", 1, Category = "Requests", DisplayName = "Start the investigation")]
public sealed class StartInvestigation(ICaseFileStore store) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        request.AttachWorkflow(context.InstanceId);
        if (request.CanFire(RequestTrigger.StartInvestigation))
        {
            request.StartInvestigation();
        }
        else if (request.CurrentGrant is not null && request.CanFire(RequestTrigger.Revise))
        {
            request.Revise();
        }

        return ActivityResult.Complete();
    }
}
