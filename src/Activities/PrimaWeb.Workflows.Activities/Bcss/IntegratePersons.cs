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
[Activity("Bcss.IntegratePersons", 1, Category = "BCSS", DisplayName = "Integrate persons", Blocking = true,
    Description = "Integrates the household in the BCSS reference directory (main person and partner under the code, other members code 5).",
    DescriptionFr = "Intègre le ménage dans le répertoire des références de la BCSS (demandeur et partenaire sous le code, autres membres en code 5).",
    DescriptionNl = "Integreert het gezin in het verwijzingsrepertorium van de KSZ (aanvrager en partner onder de code, andere leden code 5).")]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class IntegratePersons(ICaseFileStore store) : IActivity<IntegratePersons.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(BcssVariables.IntegrationEndsOn)
        .AndWriting(BcssVariables.IntegrationEndsOn, BcssVariables.IntegrationCode, BcssVariables.IntegrationMessage);

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
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
            var memberCode = member.Relation is HouseholdRelation.MainPerson or HouseholdRelation.Partner ? code : CapacityCode.Cohabitant;
            var memberInfo = CapacityCodes.Describe(memberCode);
            var end = memberCode == code ? mainEnd : Min(mainEnd, memberInfo.MaximumEnd(from));
            var register = await store.IntegrationRegisterAsync(tenant, person.Niss, context.CancellationToken);
            var registration = register.Register(memberCode, from, end);
            items.Add(new JsonObject
            {
                ["personId"] = person.Id.ToString(),
                ["code"] = (int)memberCode,
                ["from"] = RequestVariables.FormatDate(from),
                ["until"] = RequestVariables.FormatDate(registration.Integration.End),
            });
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
        [ActivityInput(Journaled = true,
            Help = "Capacity code of the main person and the partner: 1 under investigation, 2 RIS, 3 equivalent RIS …",
            HelpFr = "Code qualité du demandeur et du partenaire : 1 en enquête, 2 RIS, 3 équivalent RIS …",
            HelpNl = "Hoedanigheidscode van de aanvrager en de partner: 1 in onderzoek, 2 leefloon, 3 equivalent leefloon …")]
        int Code,
        [ActivityInput(Journaled = true,
            Help = "main, partner (main person and partner) or household (everybody in the de facto household).",
            HelpFr = "main, partner (demandeur et partenaire) ou household (tout le ménage de fait).",
            HelpNl = "main, partner (aanvrager en partner) of household (het hele feitelijke gezin).")]
        HouseholdMembers Members = HouseholdMembers.Household,
        [ActivityInput(Journaled = true,
            Help = "First day; the request's reception date when empty.", HelpFr = "Premier jour ; la date de réception de la demande si vide.",
            HelpNl = "Eerste dag; de ontvangstdatum van de aanvraag indien leeg.")]
        DateOnly? From = null,
        [ActivityInput(Journaled = true,
            Help = "Last day; when empty, 'months' (or the code's maximum) decides.", HelpFr = "Dernier jour ; si vide, 'months' (ou le maximum du code) décide.",
            HelpNl = "Laatste dag; indien leeg beslist 'months' (of het maximum van de code).")]
        DateOnly? Until = null,
        [ActivityInput(Journaled = true,
            Help = "Duration in months, cut to the code's maximum (2 months for code 1, 1 year for codes 2 to 6).",
            HelpFr = "Durée en mois, limitée au maximum du code (2 mois pour le code 1, 1 an pour les codes 2 à 6).",
            HelpNl = "Duur in maanden, beperkt tot het maximum van de code (2 maanden voor code 1, 1 jaar voor codes 2 tot 6).")]
        int? Months = null,
        [ActivityInput(Journaled = true,
            Help = "Starts the day after the end of the previous integration of this request (an extension).",
            HelpFr = "Commence le lendemain de la fin de l'intégration précédente de la demande (prolongation).",
            HelpNl = "Begint de dag na het einde van de vorige integratie van de aanvraag (verlenging).")]
        bool Extend = false);
}
