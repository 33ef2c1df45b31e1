using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Integrates the household in the CPAS's reference directory: the main person and the partner under the given code,
/// the other members of the de facto household under code 5 (cohabitant), from a day and for a number of months
/// bounded by each code's maximum. The registers change in the burst; the BCSS is told by the outbox
/// (<see cref="MessageTypes.ManageAccess"/>) and the step waits for its answer.
/// </summary>
[Activity("Bcss.IntegratePersons", 1, Category = "BCSS", DisplayName = "Integrate persons", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class IntegratePersons(ICaseFileStore store) : IActivity<IntegratePersons.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(BcssVariables.IntegrationEndsOn)
        .AndWriting(BcssVariables.IntegrationEndsOn, BcssVariables.IntegrationCode, BcssVariables.IntegrationMessage);

    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context) =>
        IntegrateAsync(store, input, context, (member, _, code, _) => [member.Relation is HouseholdRelation.MainPerson or HouseholdRelation.Partner ? code : CapacityCode.Cohabitant]);

    /// <summary>
    /// Registers each selected member under the codes <paramref name="codesOf"/> chooses (member, person, the input's code,
    /// first day), each bounded by the main code's end and its own maximum, and asks the BCSS.
    /// </summary>
    internal static async ValueTask<ActivityResult> IntegrateAsync(
        ICaseFileStore store, Input input, ActivityContext context, Func<HouseholdMember, Domain.People.Person, CapacityCode, DateOnly, IReadOnlyList<CapacityCode>> codesOf)
    {
        var variables = RequestVariables.Of(context);
        var tenant = variables.Tenant;
        var code = (CapacityCode)input.Code;
        var info = CapacityCodes.Describe(code);
        var from = StartDay(input, context, variables);
        var mainEnd = IntegrationPlan.EndOf(info, from, input.Until, input.Months);

        var @case = await store.CaseAsync(tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, input.Members, from);
        var persons = await store.PersonsAsync(tenant, [.. members.Select(m => m.PersonId)], context.CancellationToken);
        var items = new JsonArray();
        foreach (var (member, person) in members.Zip(persons))
        {
            var register = await store.IntegrationRegisterAsync(tenant, person.Niss, context.CancellationToken);
            foreach (var memberCode in codesOf(member, person, code, from))
            {
                var end = memberCode == code ? mainEnd : Min(mainEnd, CapacityCodes.Describe(memberCode).MaximumEnd(from));
                var registration = register.Register(memberCode, from, end);
                items.Add(new JsonObject
                {
                    ["personId"] = person.Id.ToString(),
                    ["code"] = (int)memberCode,
                    ["from"] = RequestVariables.FormatDate(from),
                    ["until"] = RequestVariables.FormatDate(registration.Integration.End),
                });
            }
        }

        context.Set(BcssVariables.IntegrationEndsOn, mainEnd);
        context.Set(BcssVariables.IntegrationCode, (int)code);
        return AccessRequest.Send(context, variables, "REGISTER", items);
    }

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload) => AccessRequest.Answered(context, payload);

    private static DateOnly StartDay(Input input, ActivityContext context, RequestVariables variables)
    {
        if (input.Extend && context.Get(BcssVariables.IntegrationEndsOn) is { } previousEnd)
        {
            return previousEnd.AddDays(1);
        }

        return input.From ?? variables.Received;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Who is integrated, under which code, and for which period.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        int Code,
        [ActivityInput(Journaled = true)]
        HouseholdMembers Members = HouseholdMembers.Household,
        [ActivityInput(Journaled = true)]
        DateOnly? From = null,
        [ActivityInput(Journaled = true)]
        DateOnly? Until = null,
        [ActivityInput(Journaled = true)]
        int? Months = null,
        [ActivityInput(Journaled = true)]
        bool Extend = false);
}
