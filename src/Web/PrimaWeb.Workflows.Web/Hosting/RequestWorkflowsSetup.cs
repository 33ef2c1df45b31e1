using Hangfire;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Hangfire;
using PrimaWeb.Workflows.Web.Features.Letters;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The DIS and equivalent-RIS steps in the host (docs/activities.md): the activities and outbox handlers, the letter
/// templates copied beside the application, and the SPP-IS answer polling every five minutes. The handlers' unit of
/// work comes from Data (AddPrimaWebData).
/// </summary>
internal static class RequestWorkflowsSetup
{
    public const string PollSppIsAnswersJobId = "poll-spp-is-answers";

    public static WorkflowEngineBuilder AddPrimaWebRequestWorkflows(this WorkflowEngineBuilder engine)
    {
        // Letters and reference data ship with the application; Workflows:DefinitionsPath only moves the definitions.
        engine.AddPrimaWebActivities(Path.Combine(AppContext.BaseDirectory, "definitions"))
            .AddRecurringJob<PollSppIsAnswersJob>(PollSppIsAnswersJobId, Cron.MinuteInterval(5));

        // Added, not tried: the activities only TryAdd their static fallback, so the CPAS's own name wins.
        engine.Services.AddScoped<ICpasLetterheads, TenantLetterheads>();
        return engine;
    }

    private sealed class PollSppIsAnswersJob(SppIsAnswerPoller poller) : IRecurringWorkflowJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => poller.PollAsync(cancellationToken);
    }
}
