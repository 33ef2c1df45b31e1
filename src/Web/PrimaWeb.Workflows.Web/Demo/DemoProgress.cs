using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>
/// Takes the demo requests just filed to their step once the host runs (the federal services answer only then): it
/// delivers their BCSS calls as the outbox job would and completes the tasks before the step with the values a social
/// worker would have entered, through the engine, so the case file holds what a real path leaves. Only right after
/// seeding: a demo CPAS seeded earlier is never touched again.
/// </summary>
internal sealed partial class DemoProgress(IServiceScopeFactory scopes, ILogger<DemoProgress> logger) : IHostedService
{
    private const int MaxRounds = 12;

    private readonly List<(Guid RequestId, string Actor, IReadOnlyList<DemoStep> Steps)> _plans = [];

    /// <summary>Called by the seeder for each request it filed.</summary>
    public void Plan(Guid requestId, string actor, IReadOnlyList<DemoStep> steps) => _plans.Add((requestId, actor, steps));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (requestId, actor, steps) in _plans)
        {
            var reached = await RunAsync(requestId, actor, steps, cancellationToken);
            if (!reached)
            {
                LogStuck(logger, requestId, steps[^1].TaskType);
            }
        }

        _plans.Clear();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> RunAsync(Guid requestId, string actor, IReadOnlyList<DemoStep> steps, CancellationToken cancellationToken)
    {
        var next = 0;
        for (var round = 0; round < MaxRounds && next < steps.Count; round++)
        {
            await DeliverAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
            var id = requestId.ToString();
            var open = await db.Set<HumanTask>().AsNoTracking()
                .Where(t => t.RequestId == id && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .ToListAsync(cancellationToken);
            var task = open.FirstOrDefault(t => t.TaskType == steps[next].TaskType);
            if (task is null)
            {
                continue;
            }

            if (steps[next].Payload is not { } payload)
            {
                return true;
            }

            var result = await scope.ServiceProvider.GetRequiredService<HumanTaskService>()
                .CompleteAsync(new TaskCommand(task.Id, task.Revision, $"demo-{task.Id:N}", actor), payload.DeepClone().AsObject(), cancellationToken);
            if (result.Status is not (TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied))
            {
                return false;
            }

            next++;
        }

        return false;
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, cancellationToken) == 0)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo request {RequestId} did not reach its step {TaskType}; it waits where it stopped.")]
    private static partial void LogStuck(ILogger logger, Guid requestId, string taskType);
}
