namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>A domain recurring job, as the SPP-IS answer poller will be.</summary>
public sealed class PollAnswers : IRecurringWorkflowJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
