using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// One demo host shared by a test class (start-up, migration and seed once): both demo CPAS, their users and cases.
/// No Hangfire server runs (nothing writes behind the tests' back). Tests that write leave what they wrote; those that
/// assert "nothing written" compare <see cref="DatabaseSnapshot"/>s.
/// </summary>
public sealed class HardeningHost : IDisposable
{
    // With a clock, the factory runs no Hangfire server: nothing writes behind the tests' back.
    private readonly PrimaWebFactory _factory = new() { Clock = TimeProvider.System };

    public HardeningHost() => _factory.CreateClient().Dispose();

    public WebApplicationFactory<Program> App => _factory;

    public string DatabaseFile => _factory.DatabaseFile;

    /// <summary>The id of a demo case, whatever its CPAS (the query filter is lifted: tests ask for another CPAS's ids).</summary>
    public async Task<Guid> CaseIdAsync(string reference)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.Cases.IgnoreQueryFilters().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }

    public Task<DatabaseSnapshot> SnapshotAsync() => DatabaseSnapshot.TakeAsync(DatabaseFile);

    /// <summary>A notification letter in a demo case, as the letter step would leave it (for reads of letters).</summary>
    public async Task<Guid> SeedLetterAsync(string tenant, string caseReference, string content)
    {
        var caseId = await CaseIdAsync(caseReference);
        var settings = App.Services.GetRequiredService<PrimaWebDatabaseSettings>();
        await using var db = PrimaWebDbContextOptions.CreateContext(settings, new FixedTenant(tenant));
        var request = await db.Requests.Where(r => r.CaseId == caseId).Select(r => r.Id).FirstAsync();
        var letter = new NotificationLetter(
            tenant, caseId, request, DateTimeOffset.UtcNow, "test", Guid.NewGuid(), "dis-granted", Language.Fr, DateOnly.FromDateTime(DateTime.UtcNow), content);
        db.Add(letter);
        await db.SaveChangesAsync();
        return letter.Id;
    }

    /// <summary>An open task of a demo case for the social workers, as a running workflow would leave it.</summary>
    public async Task<Guid> SeedTaskAsync(string tenant, string caseReference, string title)
    {
        var caseId = await CaseIdAsync(caseReference);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var task = new HumanTask
        {
            Id = Guid.NewGuid(),
            InstanceId = Guid.NewGuid(),
            BookmarkId = Guid.NewGuid(),
            ActivityId = "record-resources",
            TaskType = "record-resources",
            Title = title,
            TenantId = tenant,
            CaseId = caseId.ToString(),
            CandidateRole = "SocialWorker",
            Status = HumanTaskStatus.Open,
            DueAt = DateTimeOffset.UtcNow.AddDays(5),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Set<HumanTask>().Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }

    public void Dispose() => _factory.Dispose();
}
