using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The case file's sections for the case page, through <see cref="CaseFileQueries"/> (the API's read side) and the
/// engine's journal of each request's workflow. Null when the user's CPAS has no such case.
/// </summary>
public sealed class CaseWorkQueries(PrimaWebDbContext db, CaseFileQueries files, IWorkflowStore workflows, ICurrentUser user)
{
    public async Task<CaseWork?> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(user.TenantCode, caseId, cancellationToken);
        if (file is null)
        {
            return null;
        }

        var requests = await db.Requests.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);
        var rows = new List<CaseRequest>();
        foreach (var request in requests.OrderBy(r => r.ReceivedOn))
        {
            var journal = request.WorkflowInstanceId is { } instanceId
                ? await workflows.ListJournalAsync(instanceId, cancellationToken)
                : [];
            rows.Add(new CaseRequest(request.Id, request.Type, request.ReceivedOn, request.Status, request.WorkflowInstanceId, [.. journal.OrderBy(j => j.Sequence)]));
        }

        return new CaseWork(rows, file);
    }

    /// <summary>A consultation's answer as the service gave it; read only when the user asks for it (personal data).</summary>
    public Task<string?> ConsultationAnswerAsync(Guid consultationId, CancellationToken cancellationToken) =>
        files.ConsultationAnswerAsync(user.TenantCode, consultationId, cancellationToken);
}
