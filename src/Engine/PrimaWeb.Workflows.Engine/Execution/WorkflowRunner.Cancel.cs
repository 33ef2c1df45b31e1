namespace PrimaWeb.Workflows.Engine.Execution;

public sealed partial class WorkflowRunner
{
    /// <summary>
    /// Ends a running or waiting instance at a person's request (e.g. the request it runs is withdrawn): its bookmarks,
    /// timers and open tasks go. <paramref name="alongside"/> makes the host's own change (the request's status) in the
    /// same commit, so both happen or neither. Not applied when the instance is unknown or already ended.
    /// </summary>
    public Task<WorkflowRunResult> CancelAsync(Guid instanceId, string? actor, Func<CancellationToken, Task>? alongside, CancellationToken cancellationToken) =>
        RunCommittedAsync(
            actor,
            async burst =>
            {
                var instance = await store.FindInstanceAsync(instanceId, cancellationToken);
                if (instance is null || instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
                {
                    return null;
                }

                if (alongside is not null)
                {
                    await alongside(cancellationToken);
                }

                await FinishAsync(instance, WorkflowStatus.Cancelled, burst);
                return instance;
            },
            onFault: _ => Task.FromResult<(WorkflowInstance?, BurstStart, Guid?)>((null, new BurstStart([], null, null), null)),
            isNewInstance: false,
            cancellationToken);
}
