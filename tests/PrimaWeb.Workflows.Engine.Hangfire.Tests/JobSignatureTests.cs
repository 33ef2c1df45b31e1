using PrimaWeb.Workflows.Engine.Hangfire.Jobs;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>Hangfire stores job type, method and arguments: renaming any of them strands the jobs already stored.</summary>
public sealed class JobSignatureTests
{
    [Theory]
    [InlineData(typeof(FireTimerJob), "PrimaWeb.Workflows.Engine.Hangfire.Jobs.FireTimerJob", "RunAsync(System.Guid, System.Threading.CancellationToken)")]
    [InlineData(typeof(OutboxDispatchJob), "PrimaWeb.Workflows.Engine.Hangfire.Jobs.OutboxDispatchJob", "RunAsync(System.Guid, System.Threading.CancellationToken)")]
    [InlineData(typeof(OutboxSweepJob), "PrimaWeb.Workflows.Engine.Hangfire.Jobs.OutboxSweepJob", "RunAsync(System.Threading.CancellationToken)")]
    [InlineData(typeof(IncidentRetryJob), "PrimaWeb.Workflows.Engine.Hangfire.Jobs.IncidentRetryJob", "RunAsync(System.Threading.CancellationToken)")]
    public void Job_PersistedSignature_IsUnchanged(Type job, string typeName, string method)
    {
        var run = job.GetMethod("RunAsync")!;

        job.FullName.ShouldBe(typeName);
        $"{run.Name}({string.Join(", ", run.GetParameters().Select(p => p.ParameterType.FullName))})".ShouldBe(method);
    }
}
