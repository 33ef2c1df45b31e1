using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Web.Features.Dashboard;

namespace PrimaWeb.Workflows.Web.Tests.Features.Dashboard;

/// <summary>
/// The weekly chart read from the database finds the requests that matter to the weeks (filed in them, decided in them,
/// still waiting) and counts them as <see cref="WeeklyCount"/> does; a withdrawn request is never overdue.
/// </summary>
public sealed class WeeklyQueryTests : IDisposable
{
    private const string Tenant = "cpas-weekly";
    private static readonly DateOnly Today = new(2026, 4, 5);
    private readonly PrimaWebFactory _app = new() { Demo = false };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WeeklyAsync_RequestsFiledDecidedAndWaiting_GiveTheFiguresOfEachWeek()
    {
        await SeedAsync(
            ("2026-02-01", "2026-03-04", false),
            ("2026-03-03", "2026-03-10", false),
            ("2026-03-05", "2026-03-14", false),
            ("2026-02-10", null, false),
            ("2026-02-20", "2026-03-31", false),
            ("2026-02-12", null, true),
            ("2025-06-01", "2025-06-20", false));

        var weeks = await QueryAsync(q => q.WeeklyAsync(new DashboardCriteria(From: new(2026, 3, 2), To: new(2026, 3, 30)), Today, default));

        weeks.ShouldBe(
        [
            new WeeklyFigures(new(2026, 3, 2), Filed: 2, Decided: 1, MedianDaysToDecision: 31, OverdueAtEnd: 0),
            new WeeklyFigures(new(2026, 3, 9), Filed: 0, Decided: 2, MedianDaysToDecision: 8, OverdueAtEnd: 1),
            new WeeklyFigures(new(2026, 3, 16), Filed: 0, Decided: 0, MedianDaysToDecision: null, OverdueAtEnd: 1),
            new WeeklyFigures(new(2026, 3, 23), Filed: 0, Decided: 0, MedianDaysToDecision: null, OverdueAtEnd: 2),
            new WeeklyFigures(new(2026, 3, 30), Filed: 0, Decided: 1, MedianDaysToDecision: 39, OverdueAtEnd: 1),
        ]);
    }

    private async Task SeedAsync(params (string Received, string? Decided, bool Withdrawn)[] requests)
    {
        using var scope = _app.Services.CreateScope();
        await using var db = NewContext(scope);
        db.Tenants.Add(new Tenant(Tenant, "CPAS de test", "92094", null, Language.Fr));
        var person = new Person(Tenant, Niss.Parse("85.07.30-033.28", CultureInfo.InvariantCulture), "Martin", "Thomas", null, Gender.Unknown, "BE", null, Language.Fr);
        var @case = new Domain.Cases.Case(Tenant, "T-2026-0001", person.Id, new DateOnly(2025, 1, 1), Today, "sw-1");
        db.AddRange(person, @case);
        foreach (var (received, decided, withdrawn) in requests)
        {
            var request = new Request(Tenant, @case.Id, RequestType.Dis, DateOnly.Parse(received, CultureInfo.InvariantCulture), Today);
            request.StartInvestigation();
            if (withdrawn)
            {
                request.Withdraw();
            }
            else if (decided is not null)
            {
                request.PrepareProposal();
                request.SubmitToCouncil();
                request.Grant(DateOnly.Parse(decided, CultureInfo.InvariantCulture), request.ReceivedOn, Today);
            }

            db.Requests.Add(request);
        }

        await db.SaveChangesAsync();
    }

    private async Task<T> QueryAsync<T>(Func<DashboardQueries, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        await using var db = NewContext(scope);
        var queries = new DashboardQueries(db, scope.ServiceProvider.GetRequiredService<CalculationReferenceData>().Loi65, scope.ServiceProvider.GetRequiredService<IOptions<DashboardOptions>>());
        return await query(queries);
    }

    // The context of the CPAS of the test, as a manager's session has it.
    private static SqlitePrimaWebDbContext NewContext(IServiceScope scope) =>
        new SqlitePrimaWebDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<SqlitePrimaWebDbContext>>(), new FixedTenant(Tenant));
}
