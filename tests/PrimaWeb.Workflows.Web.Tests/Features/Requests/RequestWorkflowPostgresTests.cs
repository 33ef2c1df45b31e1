using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>A DIS request end to end on a real PostgreSQL server: the request, its instance and every step's records in one database.</summary>
public sealed class RequestWorkflowPostgresTests
{
    [PostgresFact]
    public async Task Dis_GrantedOnPostgreSql_IsAcceptedWithItsLetterAndA036()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_requests");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var app = new RequestWorkflowApp(clock, database: database);
        var flow = await RequestFlow.FileAsync(app, person: 20);
        await flow.ToCouncilAsync();

        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();

        var file = await flow.FileAsync();
        file.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("type").GetString()).ShouldBe(["DisGrant", "A036Create"], ignoreOrder: true);
        var letter = file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        (await flow.Worker.GetTextAsync($"/api/cases/{flow.CaseId}/letters/{letter.GetProperty("id").GetGuid()}")).Status.ShouldBe(HttpStatusCode.OK);
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
    }
}
