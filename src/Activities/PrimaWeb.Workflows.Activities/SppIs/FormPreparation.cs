using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>What the form steps share: the beneficiaries, the integration control for forms, and the outbox message.</summary>
internal static class FormPreparation
{
    public const string FormVariable = "sppIsFormId";
    public const string MessageVariable = "sppIsMessage";

    public static async Task<(Case Case, Person Main, Person? Partner)> BeneficiariesAsync(
        ICaseFileStore store, RequestVariables variables, DateOnly effective, CancellationToken cancellationToken)
    {
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, cancellationToken);
        var partnerId = HouseholdSelection.Select(@case, HouseholdSelection.Partner, effective)
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

    /// <summary>The rule for DIS forms (main and partner) or Loi 65 forms (every person of form A), on the effective and sending days.</summary>
    public static async Task<IntegrationVerdict> ControlAsync(
        ICaseFileStore store, string tenant, bool loi65, Person main, Person? partner, DateOnly effective, DateOnly today, CancellationToken cancellationToken)
    {
        var mainRegister = await store.IntegrationRegisterAsync(tenant, main.Niss, cancellationToken);
        var partnerRegister = partner is null ? null : await store.IntegrationRegisterAsync(tenant, partner.Niss, cancellationToken);
        return loi65
            ? IntegrationControl.Loi65Form(partnerRegister is null ? [mainRegister] : [mainRegister, partnerRegister], effective, today)
            : IntegrationControl.DisForm(mainRegister, partnerRegister, effective, today);
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
}
