using Hangfire;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.Hangfire;
using PrimaWeb.Workflows.Web.Features.Letters;
using PrimaWeb.Workflows.Web.Features.Workflows;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The workflow engine in the host: its store in the request's <see cref="PrimaWebDbContext"/> (so an activity's domain
/// changes commit in the burst's SaveChanges), timers and the outbox on Hangfire (<c>Hangfire:Storage</c>, InMemory by
/// default), the request types' activities and outbox handlers (docs/activities.md) with the SPP-IS answer polling
/// every five minutes, and the published definitions of the repository imported before the host starts.
/// </summary>
internal sealed class WorkflowEngineFeature : IWebFeature
{
    public const string DefinitionsPathKey = "Workflows:DefinitionsPath";
    public const string PollSppIsAnswersJobId = "poll-spp-is-answers";
    public const string DashboardPath = "/hangfire";

    public const string RisIndexationReviewJobId = "review-ris-indexation";
    public const string Loi65ExpenseClaimsJobId = "send-loi65-expense-claims";

    public static void Add(WebApplicationBuilder builder)
    {
        // PrimaWebDbContext is the scoped alias of the provider's context (DatabaseFeature): the store and the activities
        // of one scope resolve the same instance.
        var engine = builder.Services.AddWorkflowEngine()
            .UseEntityFrameworkCore<PrimaWebDbContext>()
            .AddWorkflowEngineHangfire(builder.Configuration, withServer: true)
            .AddDefinitionRule<CandidateRoleRule>();

        // Letters and reference data ship with the application; Workflows:DefinitionsPath only moves the definitions.
        engine.AddPrimaWebActivities(Path.Combine(AppContext.BaseDirectory, "definitions"))
            .AddRecurringJob<PollSppIsAnswersJob>(PollSppIsAnswersJobId, Cron.MinuteInterval(5))
            .AddRecurringJob<RisIndexationReviewJob>(RisIndexationReviewJobId, Cron.Daily(5))
            .AddRecurringJob<Loi65ExpenseClaimsJob>(Loi65ExpenseClaimsJobId, Cron.Daily(6));

        // Added, not tried: the activities only TryAdd their static fallback, so the CPAS's own name wins.
        builder.Services.AddScoped<ICpasLetterheads, TenantLetterheads>();

        var folder = builder.Configuration[DefinitionsPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "definitions");
        builder.Services.AddSingleton(new DefinitionFolder(folder));
        builder.Services.AddScoped<DefinitionFolderImporter>();
    }

    /// <summary>Imports the published definitions of the folder, after the migration.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DefinitionFolderImporter>().ImportAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// The Hangfire dashboard at <c>/hangfire</c>, for administrators. The endpoint policy is the only check: Hangfire's
    /// default filter (local requests only) would refuse every request behind the reverse proxy.
    /// </summary>
    public static void Map(WebApplication app) =>
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false })
            .RequireAuthorization(Policies.Administer);

    private sealed class PollSppIsAnswersJob(SppIsAnswerPoller poller) : IRecurringWorkflowJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => poller.PollAsync(cancellationToken);
    }

    // Every morning (05:00 UTC): the grants whose amount changes with the RIS amounts taking effect that day (Brussels).
    private sealed class RisIndexationReviewJob(RisIndexationReviewer reviewer, TimeProvider clock) : IRecurringWorkflowJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => reviewer.ReviewAsync(LegalClock.Today(clock), cancellationToken);
    }

    // Every morning (06:00 UTC): the monthly expense claims D1 of the months that ended, and those not sent yet.
    private sealed class Loi65ExpenseClaimsJob(Loi65ExpenseClaims claims) : IRecurringWorkflowJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => claims.RunAsync(cancellationToken);
    }
}
