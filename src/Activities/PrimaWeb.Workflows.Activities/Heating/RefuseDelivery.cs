using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// Refuses a delivery the rules exclude before any inquiry (filed after the 60-day deadline without force majeure, a
/// fuel that gives no right): the decision is dated the day, motivated in the person's language by the rules that
/// refuse it, and the letter that follows states the appeal.
/// </summary>
[Activity("Heating.RefuseDelivery", 1, Category = "Heating", DisplayName = "Refuse an inadmissible delivery")]
public sealed class RefuseDelivery(ICaseFileStore store) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(HeatingVariables.Refusals)
        .AndWriting(HeatingDecisions.Written);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var person = await store.PersonAsync(variables.Tenant, variables.MainPerson, context.CancellationToken);
        var codes = (context.Get(HeatingVariables.Refusals) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var today = LegalClock.Today(context.Clock);
        var decision = HeatingDecisions.Decide(request, grant: false, today, today, today, HeatingWording.Motivation(codes, person.Language));
        HeatingDecisions.SetVariables(context, decision);
        return ActivityResult.Complete();
    }
}
