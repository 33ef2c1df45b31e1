using System.Net.Http.Json;
using PrimaWeb.Workflows.Web.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>The host with <c>Database:Provider=PostgreSql</c>: the configuration switch works end to end on a real server.</summary>
public sealed class PostgresHostTests
{
    [PostgresFact]
    public async Task Start_OnPostgreSql_MigratesSeedsAndServesTheUsersCases()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_web");
        using (var app = PrimaWebFactory.OnPostgreSql(database))
        {
            using var client = app.CreateClient();
            await client.SignInAsync("namur-social-worker");

            var cases = await client.GetFromJsonAsync<List<CaseRow>>(new Uri("/api/cases", UriKind.Relative));

            cases.ShouldNotBeNull().Select(row => row.Reference).ShouldBe(["NA-2026-0001", "NA-2026-0002", "NA-2026-0003"]);
            cases[0].Niss.ShouldBe("85.07.30-033.28");
            // The demo files one DIS on Thomas Martin, through its workflow (a heating request has no workflow to run).
            cases[0].Requests.ShouldBe(1);
        }
    }
}
