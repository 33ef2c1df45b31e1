using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using PrimaWeb.Workflows.Web.Tests.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>Issue 12, point 6: one open request per type and case, unless the type's definition allows several.</summary>
public sealed class OpenRequestTests : IDisposable
{
    private readonly PrimaWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FileRequest_SecondOfTheTypeWhileTheFirstIsOpen_Answers409NamingTheOpenOne_AndFilesNothing()
    {
        using var app = WithDefinitions("TestDefinitions");
        using var namur = await ApiSession.SignInAsync(app, "namur-social-worker");
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0002");
        var (_, first) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" });

        var (status, problem) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-21" });
        var (_, details) = await namur.GetAsync($"/api/cases/{caseId}");

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("openRequestId").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        problem.GetProperty("openRequestType").GetString().ShouldBe("Dis");
        problem.GetProperty("openReceivedOn").GetString().ShouldBe("2026-11-20");
        problem.GetProperty("detail").GetString()!.ShouldContain("reçue le 20/11/2026");
        details.GetProperty("requests").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task FileRequest_DefinitionAllowingSeveralOpen_FilesTheSecondToo()
    {
        using var app = WithDefinitions("SeveralOpenDefinitions");
        using var namur = await ApiSession.SignInAsync(app, "namur-social-worker");
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0002");

        var (firstStatus, _) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" });
        var (secondStatus, _) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-21" });

        (firstStatus, secondStatus).ShouldBe((HttpStatusCode.Created, HttpStatusCode.Created));
    }

    private WebApplicationFactory<Program> WithDefinitions(string folder) => _factory.WithWebHostBuilder(host =>
        host.UseSetting("Workflows:DefinitionsPath", Path.Combine(AppContext.BaseDirectory, "Features", "Requests", folder)));
}
