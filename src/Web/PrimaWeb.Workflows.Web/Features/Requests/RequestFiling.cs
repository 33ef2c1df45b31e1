using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// Files a request and starts the workflow that runs it, in one transaction: the request, its link to the instance and
/// the instance's first burst commit together or not at all (docs/adr/0501-request-workflows.md).
/// </summary>
public sealed class RequestFiling(PrimaWebDbContext db, WorkflowRunner runner, ICurrentUser user)
{
    public async Task<FiledRequestDto> FileAsync(Case @case, RequestType type, DateOnly receivedOn, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var definitionId = RequestWorkflows.Definitions[type];
        var language = await db.Persons.Where(p => p.Id == @case.MainPersonId).Select(p => p.Language).SingleAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = new Request(user.TenantCode, @case.Id, type, receivedOn, today);
        var instanceId = Guid.CreateVersion7();
        request.AttachWorkflow(instanceId);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        var run = await runner.StartAsync(
            new StartWorkflowRequest(definitionId)
            {
                ReceptionDate = receivedOn,
                TenantId = user.TenantCode,
                CorrelationKey = request.Id.ToString(),
                Actor = user.UserId,
                InstanceId = instanceId,
                Variables = RequestVariables.Start(
                    user.TenantCode, @case.Id, request.Id, type, receivedOn, @case.MainPersonId, language, @case.SocialWorkerId),
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var instance = await runner.FindInstanceAsync(run.InstanceId, cancellationToken);

        // The burst may have moved the request on (e.g. the investigation started): read it as committed.
        var filed = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == request.Id, cancellationToken);
        return new FiledRequestDto(
            filed.Id, @case.Id, type.ToString(), ApiDates.Format(receivedOn), filed.Status.ToString(), run.InstanceId,
            instance?.DefinitionId ?? definitionId, instance?.DefinitionVersion ?? 0, run.Status.ToString());
    }
}
