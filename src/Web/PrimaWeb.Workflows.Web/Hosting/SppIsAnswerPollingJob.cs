using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Engine.Hangfire;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The recurring Hangfire job that reads the SPP-IS answers and resumes the steps waiting for them (ADR 0501 §4).</summary>
internal sealed class SppIsAnswerPollingJob(SppIsAnswerPoller poller) : IRecurringWorkflowJob
{
    public Task RunAsync(CancellationToken cancellationToken) => poller.PollAsync(cancellationToken);
}
