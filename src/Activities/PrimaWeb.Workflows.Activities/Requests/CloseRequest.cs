using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Requests;

/// <summary>Closes the request when its lifecycle allows it (after the SPP-IS answer); otherwise leaves it as it is.</summary>
[Activity("Request.Close", 1, Category = "Requests", DisplayName = "Close the request")]
public sealed class CloseRequest(ICaseFileStore store) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(RequestTrigger.Close))
        {
            request.Close();
        }

        return ActivityResult.Complete();
    }
}
