using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>Adds a <see cref="Visit"/> through the burst's context, as a domain activity would.</summary>
[Activity("Node.RecordVisit", 1, Category = "Test")]
public sealed class RecordVisit(NodeHostDbContext db, NodeName node) : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        db.Visits.Add(new Visit { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Node = node.Value });
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
