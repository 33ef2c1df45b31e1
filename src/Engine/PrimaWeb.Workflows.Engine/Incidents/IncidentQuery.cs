namespace PrimaWeb.Workflows.Engine.Incidents;

/// <summary>The incident filter as LINQ, shared by every store.</summary>
public static class IncidentQuery
{
    public static IQueryable<Incident> Apply(IQueryable<Incident> incidents, IncidentFilter filter)
    {
        incidents = incidents.Where(i => i.Status == IncidentStatus.Open);
        if (filter.DefinitionId is not null)
        {
            incidents = incidents.Where(i => i.DefinitionId == filter.DefinitionId);
        }

        if (filter.ActivityType is not null)
        {
            incidents = incidents.Where(i => i.ActivityType == filter.ActivityType);
        }

        if (filter.InstanceId is { } instanceId)
        {
            incidents = incidents.Where(i => i.InstanceId == instanceId);
        }

        if (filter.CreatedBefore is { } before)
        {
            incidents = incidents.Where(i => i.CreatedAt < before);
        }

        return incidents.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id);
    }
}
