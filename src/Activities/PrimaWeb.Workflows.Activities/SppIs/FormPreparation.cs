using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>What the form steps share: the beneficiaries, the integration control for forms, and the outbox message.</summary>
internal static class FormPreparation
{
    public static async Task<(Case Case, Person Main, Person? Partner)> BeneficiariesAsync(
        ICaseFileStore store, RequestVariables variables, DateOnly effective, CancellationToken cancellationToken)
    {
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, cancellationToken);
        var partnerId = HouseholdSelection.Select(@case, HouseholdMembers.Partner, effective)
            .FirstOrDefault(m => m.Relation == HouseholdRelation.Partner)?.PersonId;
        var main = await store.PersonAsync(variables.Tenant, @case.MainPersonId, cancellationToken);
        var partner = partnerId is { } id ? await store.PersonAsync(variables.Tenant, id, cancellationToken) : null;
        return (@case, main, partner);
    }

    /// <summary>
    /// The last day for the forms of a decision to reach the SPP-IS: for the DIS, 8 days after the end of the decision's
    /// month; for an equivalent RIS (Loi 65 A and B1), the reference data's days after the aid starts.
    /// </summary>
    public static DateOnly FormsDue(CalculationReferenceData reference, RequestType type, Decision decision) =>
        type == RequestType.Dis
            ? LegalDeadlines.DisFormDue(decision.DecidedOn)
            : reference.Loi65.B1Due(decision.EffectiveFrom ?? decision.DecidedOn);

    /// <summary>
    /// The persons of a Loi 65 file on form A's date (<paramref name="formADate"/>): the main beneficiary and, from the de
    /// facto household, the partner and the dependent minor children — the same rule that integrates them as beneficiaries.
    /// </summary>
    public static async Task<Loi65File> Loi65FileAsync(
        ICaseFileStore store, CalculationReferenceData reference, string tenant, Case @case, Person main, DateOnly formADate, CancellationToken cancellationToken)
    {
        var secondaries = new List<(Person, HouseholdRelation)>();
        foreach (var member in HouseholdSelection.Select(@case, HouseholdMembers.Household, formADate).Where(m => m.PersonId != main.Id))
        {
            var person = await store.PersonAsync(tenant, member.PersonId, cancellationToken);
            if (HouseholdIntegrationCodes.IsBeneficiary(member.Relation, person.BirthDate, formADate))
            {
                secondaries.Add((person, member.Relation));
            }
        }

        return new Loi65File(formADate, main, reference.Loi65.NationalityCode(main.Nationality, formADate), secondaries, reference.Loi65.FormCodesOn(formADate));
    }

    /// <summary>DIS forms: the main beneficiary and the partner integrated on the form's effective day and on the sending day.</summary>
    public static async Task<IntegrationVerdict> DisControlAsync(
        ICaseFileStore store, string tenant, Person main, Person? partner, DateOnly effective, DateOnly today, CancellationToken cancellationToken)
    {
        var mainRegister = await store.IntegrationRegisterAsync(tenant, main.Niss, cancellationToken);
        var partnerRegister = partner is null ? null : await store.IntegrationRegisterAsync(tenant, partner.Niss, cancellationToken);
        return IntegrationControl.DisForm(mainRegister, partnerRegister, effective, today);
    }

    /// <summary>Loi 65 forms: every person of form A integrated on form A's date and on the sending day.</summary>
    public static async Task<IntegrationVerdict> Loi65ControlAsync(ICaseFileStore store, string tenant, Loi65File file, DateOnly today, CancellationToken cancellationToken)
    {
        var registers = new List<IntegrationRegister>();
        foreach (var person in file.Persons)
        {
            registers.Add(await store.IntegrationRegisterAsync(tenant, person.Niss, cancellationToken));
        }

        return IntegrationControl.Loi65Form(registers, file.FormADate, today);
    }

    /// <summary>
    /// Prepares and enqueues the A036 change <paramref name="decision"/> calls for (<see cref="FormTypes.A036For"/>), due 7
    /// days after the decision; null when it calls for none. An open-ended grant is attested to the integration's end.
    /// </summary>
    public static SppIsForm? A036(
        ICaseFileStore store, ActivityContext context, RequestVariables variables, Request request, Decision decision, Niss main,
        A036OnSuspension onSuspension = A036OnSuspension.Unchanged)
    {
        if (FormTypes.A036For(request, decision, onSuspension) is not { } type || FormTypes.FirstGrantStart(request) is not { } firstDay)
        {
            return null;
        }

        var (from, until) = (type, decision.Terms) switch
        {
            (SppIsFormType.A036Cancel, _) => (firstDay, firstDay),
            (_, { } terms) => (type == SppIsFormType.A036Create ? terms.From : Earliest(firstDay, terms.From),
                terms.Until ?? context.Get(BcssVariables.IntegrationEndsOn) ?? terms.From.AddYears(1).AddDays(-1)),
            _ => (firstDay, FormTypes.AidStopsOn(decision)),
        };
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id, type,
            LegalDeadlines.A036Due(decision.DecidedOn), $"{request.Id:N}-{decision.Id:N}-{type}",
            FormContents.BuildA036(type, main, request.Type, from, until, decision.DecidedOn));
        store.Add(form);
        Enqueue(context, variables, form);
        context.Set(SppIsVariables.A036FormId, form.Id);
        return form;
    }

    public static void Enqueue(ActivityContext context, RequestVariables variables, SppIsForm form)
    {
        context.EnqueueOutbox(Common.MessageTypes.SendForm, new JsonObject
        {
            ["tenantId"] = variables.Tenant,
            ["formRecordId"] = form.Id.ToString(),
            ["user"] = variables.Author,
        }, form.IdempotencyKey);
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
