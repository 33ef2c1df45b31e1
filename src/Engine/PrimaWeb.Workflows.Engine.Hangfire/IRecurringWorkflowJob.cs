namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>
/// A job run on a schedule (poll SPP-IS answers, sweep expiring integrations …), registered with
/// <c>AddRecurringJob&lt;T&gt;(id, cron)</c>. Resolved from DI for each run.
/// </summary>
public interface IRecurringWorkflowJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
