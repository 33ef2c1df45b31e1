using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Aid;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Aid;

/// <summary>
/// A task for the social worker: the situation the person leaves and the new dwelling (its first day and its address).
/// The step then checks the installation premium's conditions from the case: the person leaves homelessness, and — when
/// the reference data limits the premium to once in a lifetime — no earlier request of the same person in this CPAS
/// was granted. The premium's amount comes from the reference data on the dwelling's first day; the premium takes effect
/// on the day the Council sets, by default the request's reception (the integration runs from it).
/// </summary>
[Activity("Aid.CheckInstallationPremium", 1, Category = "Aids", DisplayName = "Check the installation premium's conditions", Blocking = true)]
[ActivityOutcome(Eligible)]
[ActivityOutcome(NotEligible)]
public sealed class CheckInstallationPremium(ICaseFileStore store, IRunningGrants grants, CalculationReferenceData reference) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(AidVariables.AidAmount, AidVariables.AidRecordId, AidVariables.PremiumEligible, AidVariables.PremiumRefusal);

    public const string Eligible = "Eligible";
    public const string NotEligible = "NotEligible";
    public const string TaskType = "installation-premium-conditions";

    /// <summary>The refusal when the person does not leave homelessness.</summary>
    public const string NotHomeless = "NotHomeless";

    /// <summary>The refusal when the person already received the premium.</summary>
    public const string AlreadyGranted = "AlreadyGranted";

    /// <summary>The former situations; the last one is not homelessness.</summary>
    public static IReadOnlyList<string> Situations { get; } = ["street", "emergencyShelter", "shelterHome", "temporaryHousing", "housed"];

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("formerSituation", FormFieldType.Choice, Required: true, Choices: Situations),
        new("dwellingFrom", FormFieldType.Date, Required: true),
        .. DwellingForm.Fields,
    ];

    public ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Installation premium: conditions", Form)));

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var situation = TaskOpening.Text(payload, "formerSituation")!;
        var dwellingFrom = TaskOpening.Date(payload, "dwellingFrom")!.Value;
        var dwelling = DwellingForm.Read(payload);
        var refusal = situation == "housed" ? NotHomeless
            : reference.Aid.PremiumLimitOn(dwellingFrom) == PremiumLimit.OnceInALifetime && await GrantedBeforeAsync(variables, context.CancellationToken) ? AlreadyGranted
            : null;
        var amount = reference.Aid.PremiumAmount(dwellingFrom);
        var record = new AidRecord(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, PremiumConditions.Kind, amount, AidDetails.Write(new PremiumConditions(situation, dwellingFrom, dwelling, refusal)));
        store.Add(record);
        context.Set(AidVariables.AidAmount, amount);
        context.Set(AidVariables.AidRecordId, record.Id);
        context.Set(AidVariables.PremiumEligible, refusal is null);
        context.Set(AidVariables.PremiumRefusal, refusal ?? string.Empty);
        return ActivityResult.Complete(refusal is null ? Eligible : NotEligible);
    }

    /// <summary>True when another installation premium request of this CPAS for the same main person was ever granted.</summary>
    private async Task<bool> GrantedBeforeAsync(RequestVariables variables, CancellationToken cancellationToken)
    {
        var person = (await store.CaseAsync(variables.Tenant, variables.Case, cancellationToken)).MainPersonId;
        foreach (var earlier in await grants.GrantedAsync([RequestType.InstallationPremium], cancellationToken))
        {
            if (earlier.TenantId == variables.Tenant && earlier.Id != variables.Request
                && (await store.CaseAsync(variables.Tenant, earlier.CaseId, cancellationToken)).MainPersonId == person)
            {
                return true;
            }
        }

        return false;
    }
}
