namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>The inbox query as a LINQ filter, shared by every store so that they sort and page alike.</summary>
public static class InboxFilter
{
    public static IQueryable<HumanTask> Apply(IQueryable<HumanTask> tasks, InboxQuery query)
    {
        var statuses = query.Statuses ?? [HumanTaskStatus.Open, HumanTaskStatus.Claimed];
        tasks = tasks.Where(t => t.TenantId == query.TenantId && statuses.Contains(t.Status));

        if (query.Assignee is not null)
        {
            tasks = tasks.Where(t => t.Assignee == query.Assignee);
        }

        if (query.Teams is { Count: > 0 } || query.Roles is { Count: > 0 })
        {
            var teams = query.Teams ?? [];
            var roles = query.Roles ?? [];
            tasks = tasks.Where(t => (t.CandidateTeam != null && teams.Contains(t.CandidateTeam))
                || (t.CandidateRole != null && roles.Contains(t.CandidateRole)));
        }

        if (query.CaseId is not null)
        {
            tasks = tasks.Where(t => t.CaseId == query.CaseId);
        }

        if (query.TaskType is not null)
        {
            tasks = tasks.Where(t => t.TaskType == query.TaskType);
        }

        if (query.DueBefore is { } dueBefore)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        }

        return tasks
            .OrderBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenByDescending(t => t.Priority)
            .ThenBy(t => t.Id)
            .Skip(query.Skip)
            .Take(query.Take);
    }
}
