using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// Files a request and starts the workflow that runs it, in one transaction: the request, its link to the instance and
/// the instance's first burst commit together or not at all (docs/adr/0501-request-workflows.md). The API and the case
/// page file through here, so both refuse alike: no workflow in force on the reception day (400), another open request
/// of the type on the case (<see cref="RuleCodes.RequestAlreadyOpen"/>, 409) unless the definition allows several.
/// The details a type asks at filing (<see cref="FilingForms"/>) complete its first task in the same commit: refused,
/// nothing is filed.
/// </summary>
public sealed class RequestFiling(PrimaWebDbContext db, WorkflowRunner runner, DefinitionCatalog definitions, HumanTaskService tasks, ICurrentUser user)
{
    /// <summary>The definition's custom property that lets a case hold several open requests of its type (false when absent).</summary>
    public const string SeveralOpenPerCase = "severalOpenPerCase";

    /// <exception cref="DomainValidationException">The filing is refused; the code says why and names the open request when there is one.</exception>
    /// <exception cref="FilingDetailsRefusedException">The details break the form's or the first step's rules; nothing is filed.</exception>
    public Task<FiledRequestDto> FileAsync(
        Case @case, RequestType type, DateOnly receivedOn, DateOnly today, JsonObject? details, CancellationToken cancellationToken) =>
        FileAsAsync(user.TenantCode, user.UserId, @case, type, receivedOn, today, details, cancellationToken);

    /// <summary>As <see cref="FileAsync"/>, for a CPAS and an actor named by the caller (the demo's seeding, which runs without a user): its reads name the CPAS rather than rely on the signed-in user's filter.</summary>
    internal async Task<FiledRequestDto> FileAsAsync(
        string tenantId, string actor, Case @case, RequestType type, DateOnly receivedOn, DateOnly today, JsonObject? details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!RequestWorkflows.Definitions.TryGetValue(type, out var definitionId))
        {
            throw new DomainValidationException(nameof(Request.Type), RuleCodes.UnknownValue, $"No workflow runs {type} requests.", type);
        }

        var definition = await definitions.FindInForceAsync(definitionId, receivedOn, cancellationToken)
            ?? throw new DomainValidationException(
                nameof(Request.ReceivedOn),
                RuleCodes.NoDefinitionInForce,
                $"No published version of '{definitionId}' is in force on {ApiDates.Format(receivedOn)}.",
                type,
                ApiDates.Format(receivedOn));
        var form = FilingForms.For(type);
        if (details is not null && form is null)
        {
            throw new DomainValidationException("details", RuleCodes.NoFilingDetails, $"A {type} request takes no details at filing.", type);
        }

        if (!AllowsSeveralOpen(definition))
        {
            OpenRequests.EnsureNoneOpen(await db.Requests.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.CaseId == @case.Id && r.Type == type).ToListAsync(cancellationToken), type);
        }

        var language = await db.Persons.IgnoreQueryFilters().Where(p => p.TenantId == tenantId && p.Id == @case.MainPersonId).Select(p => p.Language).SingleAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = new Request(tenantId, @case.Id, type, receivedOn, today);
        var instanceId = Guid.CreateVersion7();
        request.AttachWorkflow(instanceId);
        db.Requests.Add(request);

        // Filing changes the case: two filings on one case at once meet on its version, so the rule above is never raced.
        db.Entry(@case).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);

        var run = await runner.StartAsync(
            new StartWorkflowRequest(definitionId)
            {
                ReceptionDate = receivedOn,
                TenantId = tenantId,
                CorrelationKey = request.Id.ToString(),
                Actor = actor,
                InstanceId = instanceId,
                Variables = RequestVariables.Start(
                    tenantId, @case.Id, request.Id, type, receivedOn, @case.MainPersonId, language, @case.SocialWorkerId),
            },
            cancellationToken);
        if (details is not null)
        {
            await CompleteFirstTaskAsync(tenantId, actor, type, @case.Id, run.InstanceId, form!, details, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var instance = await runner.FindInstanceAsync(run.InstanceId, cancellationToken);

        // The burst may have moved the request on (e.g. the investigation started): read it as committed.
        var filed = await db.Requests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.TenantId == tenantId && r.Id == request.Id, cancellationToken);
        return new FiledRequestDto(
            filed.Id, @case.Id, type.ToString(), ApiDates.Format(receivedOn), filed.Status.ToString(), run.InstanceId,
            instance?.DefinitionId ?? definitionId, instance?.DefinitionVersion ?? 0, run.Status.ToString());
    }

    /// <summary>Completes the task the filing form stands for, as the inbox would; a refusal undoes the whole filing.</summary>
    private async Task CompleteFirstTaskAsync(
        string tenantId, string actor, RequestType type, Guid caseId, Guid instanceId, FilingForm form, JsonObject details, CancellationToken cancellationToken)
    {
        var open = await tasks.QueryAsync(
            new InboxQuery(tenantId) { CaseId = caseId.ToString(), TaskType = form.TaskType, Statuses = [HumanTaskStatus.Open, HumanTaskStatus.Claimed] },
            cancellationToken);
        var task = open.SingleOrDefault(t => t.InstanceId == instanceId)
            ?? throw new DomainValidationException("details", RuleCodes.NoFilingDetails, $"The {type} workflow in force opens no {form.TaskType} task at filing.", type);
        var result = await tasks.CompleteAsync(new TaskCommand(task.Id, task.Revision, $"filing-{instanceId}", actor), details, cancellationToken);
        if (!result.Succeeded && result.Status != TaskOperationStatus.IncidentOpened)
        {
            throw new FilingDetailsRefusedException([.. result.Refusals.Select(refusal => refusal.Under("details"))]);
        }
    }

    private static bool AllowsSeveralOpen(WorkflowDefinition definition) =>
        definition.CustomProperties?.GetValueOrDefault(SeveralOpenPerCase) is JsonValue value
        && value.TryGetValue<bool>(out var several)
        && several;
}
