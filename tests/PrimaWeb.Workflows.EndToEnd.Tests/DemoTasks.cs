using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// Human tasks written straight into the engine's table, as a running workflow would leave them, with the DIS
/// definition's task types (DisFlowTests drives real ones): one overdue task of the Gent social worker, one due soon
/// and one later for Gent's social workers, and one Namur task that Gent must never see.
/// </summary>
internal static class DemoTasks
{
    public const string OverdueTitle = "Sociaal onderzoek afronden";
    public const string DueSoonTitle = "Voorstel aan het Bijzonder Comité opstellen";
    public const string LaterTitle = "Ontbrekende documenten opvragen";
    public const string NamurTitle = "Enquête sociale à domicile";

    /// <summary>The task page is headed by the task type's name in the user's language, never by the stored title.</summary>
    public const string NamurTypeName = "Encoder les ressources et charges";

    public const string DueSoonTypeName = "Sociaal verslag en voorstel";

    /// <summary>The inbox, too, names a task by its type in the user's language (the stored titles are the definitions' English).</summary>
    public const string OverdueTypeName = "Bestaansmiddelen en lasten invoeren";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var cases = await db.Cases.IgnoreQueryFilters().ToDictionaryAsync(c => c.Reference, c => c.Id.ToString());

        db.Set<HumanTask>().AddRange(
            Task("ocmw-gent", cases["GE-2026-0001"], OverdueTitle, "record-resources", now.AddDays(-1), assignee: "gent-social-worker", priority: 2, now),
            Task("ocmw-gent", cases["GE-2026-0002"], DueSoonTitle, "social-report", now.AddHours(20), assignee: null, priority: 1, now),
            Task("ocmw-gent", cases["GE-2026-0002"], LaterTitle, "consultation-refused", now.AddDays(10), assignee: null, priority: 0, now),
            Task("cpas-namur", cases["NA-2026-0001"], NamurTitle, "record-resources", now.AddDays(1), assignee: null, priority: 0, now));
        await db.SaveChangesAsync();
    }

    private static HumanTask Task(string tenant, string caseId, string title, string type, DateTimeOffset due, string? assignee, int priority, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = Guid.NewGuid(),
        BookmarkId = Guid.NewGuid(),
        ActivityId = type,
        TaskType = type,
        Title = title,
        TenantId = tenant,
        CaseId = caseId,
        CandidateRole = Roles.SocialWorker,
        Assignee = assignee,
        Status = assignee is null ? HumanTaskStatus.Open : HumanTaskStatus.Claimed,
        DueAt = due,
        Priority = priority,
        CreatedAt = now,
    };
}
