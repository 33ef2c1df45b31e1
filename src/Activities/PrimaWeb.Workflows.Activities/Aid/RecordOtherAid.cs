using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Aid;

/// <summary>
/// A task for the social worker: the other aid asked — its kind among those the reference data lists on the reception
/// day, the amount and the period. Whether the kind needs an A036 is read from the same table, so an analyst decides it.
/// </summary>
[Activity("Aid.RecordOtherAid", 1, Category = "Aids", DisplayName = "Record the aid asked", Blocking = true)]
public sealed class RecordOtherAid(ICaseFileStore store, CalculationReferenceData reference) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(AidVariables.AidKind, AidVariables.AidAmount, AidVariables.AidFrom, AidVariables.AidUntil, AidVariables.AidNeedsA036, AidVariables.AidRecordId);

    public const string TaskType = "other-aid-request";

    /// <summary>The form, with the kinds of aid in force (<paramref name="kinds"/>).</summary>
    public static IReadOnlyList<FormField> Form(IReadOnlyList<string> kinds) =>
    [
        new("aidKind", FormFieldType.Choice, Required: true, Choices: kinds),
        new("amount", FormFieldType.Number, Required: true, Min: 0),
        new("from", FormFieldType.Date, Required: true),
        new("until", FormFieldType.Date, Required: true, NotBefore: "from"),
        new("description", FormFieldType.Text, MaxLength: 2000),
    ];

    public ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context)
    {
        var kinds = reference.Aid.KindsOn(RequestVariables.Of(context).Received);
        return ValueTask.FromResult(ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Aid asked", Form(kinds))));
    }

    public ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var kind = TaskOpening.Text(payload, "aidKind")!;
        var amount = TaskOpening.Number(payload, "amount")!.Value;
        var from = TaskOpening.Date(payload, "from")!.Value;
        var until = TaskOpening.Date(payload, "until")!.Value;
        var details = new OtherAidAsked(kind, from, until, TaskOpening.Text(payload, "description"));
        var record = new AidRecord(variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, OtherAidAsked.Kind, amount, AidDetails.Write(details));
        store.Add(record);
        context.Set(AidVariables.AidKind, kind);
        context.Set(AidVariables.AidAmount, amount);
        context.Set(AidVariables.AidFrom, from);
        context.Set(AidVariables.AidUntil, until);
        context.Set(AidVariables.AidNeedsA036, reference.Aid.NeedsA036(kind, variables.Received));
        context.Set(AidVariables.AidRecordId, record.Id);
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
