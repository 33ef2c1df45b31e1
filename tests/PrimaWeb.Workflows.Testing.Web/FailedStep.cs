using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;

namespace PrimaWeb.Workflows.Testing.Web;

/// <summary>
/// What the engine leaves when a step keeps failing, on a request's workflow: the instance faulted and an open incident
/// on its insurability consultation (a failure the simulator cannot be made to produce on demand).
/// </summary>
public static class FailedStep
{
    /// <summary>Faults the workflow of <paramref name="requestId"/> with an open incident saying <paramref name="error"/>; its id.</summary>
    public static async Task<Guid> OpenIncidentAsync(IServiceProvider services, Guid requestId, string error)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var request = await db.Requests.IgnoreQueryFilters().SingleAsync(r => r.Id == requestId);
        var instance = await db.Set<WorkflowInstance>().SingleAsync(i => i.Id == request.WorkflowInstanceId);
        instance.Status = WorkflowStatus.Faulted;
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(),
            InstanceId = instance.Id,
            DefinitionId = instance.DefinitionId,
            ActivityId = "consultInsurability",
            ActivityType = "Bcss.ConsultFlow",
            Error = error,
            Attempts = 3,
            Status = IncidentStatus.Open,
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        db.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }
}
