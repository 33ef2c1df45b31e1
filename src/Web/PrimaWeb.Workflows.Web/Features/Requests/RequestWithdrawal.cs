using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// The applicant withdraws a request before the Council decides (désistement), e.g. from the task a refusal raised: the
/// request becomes withdrawn and its workflow ends (its tasks, timers and waiting calls go), in one commit.
/// </summary>
public sealed class RequestWithdrawal(PrimaWebDbContext db, WorkflowRunner runner, ICurrentUser user)
{
    /// <summary>Empty when withdrawn; otherwise why not (unknown request, or a status that no longer allows it).</summary>
    public async Task<IReadOnlyList<Refusal>> WithdrawAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return [new Refusal("requestId", RuleCodes.UnknownValue, "The CPAS has no such request.", requestId.ToString())];
        }

        if (!request.CanFire(RequestTrigger.Withdraw))
        {
            return [new Refusal("requestId", RuleCodes.NotWithdrawable, $"A {request.Status} request cannot be withdrawn.", request.Status)];
        }

        var withdrawn = false;
        if (request.WorkflowInstanceId is { } instanceId)
        {
            // Read again inside the burst: a retried burst starts from fresh rows.
            var run = await runner.CancelAsync(instanceId, user.UserId, async token =>
            {
                (await db.Requests.SingleAsync(r => r.Id == requestId, token)).Withdraw();
                withdrawn = true;
            }, cancellationToken);
            withdrawn &= run.Applied;
        }

        if (!withdrawn)
        {
            // No workflow, or one that already ended: only the request changes.
            db.ChangeTracker.Clear();
            (await db.Requests.SingleAsync(r => r.Id == requestId, cancellationToken)).Withdraw();
            await db.SaveChangesAsync(cancellationToken);
        }

        return [];
    }
}
