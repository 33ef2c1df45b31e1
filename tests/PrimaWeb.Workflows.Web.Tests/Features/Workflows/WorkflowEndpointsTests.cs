using System.Net;
using System.Text.Json;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Tests.Features.Workflows;

public sealed class WorkflowEndpointsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url, string? role = Roles.FunctionalAnalyst)
    {
        using var client = api.App.ClientFor(role);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true;
        return (response.StatusCode, isJson ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : default);
    }

    [Fact]
    public async Task GetActivities_Analyst_ListsEveryBuiltInActivityAndTheRequestSteps()
    {
        var (status, body) = await GetAsync("/api/workflow/activities");

        status.ShouldBe(HttpStatusCode.OK);
        var types = body.EnumerateArray().Select(a => a.GetProperty("type").GetString()).ToList();
        types.Where(t => t!.StartsWith("Core.", StringComparison.Ordinal)).ShouldBe(
            ["Core.Decision", "Core.End", "Core.Fork", "Core.Join", "Core.SetVariable", "Core.Start", "Core.Timer", "Core.WaitForSignal", "Core.HumanTask"],
            ignoreOrder: true);
        types.ShouldContain("Bcss.IntegratePersons");
        types.ShouldContain("SppIs.SendForm");
        types.ShouldContain("Letters.Notify");
    }

    [Fact]
    public async Task GetActivities_HumanTask_IsBlockingAndListsItsInputsWithFrenchAndDutchHelp()
    {
        var (_, body) = await GetAsync("/api/workflow/activities");

        var task = body.EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Core.HumanTask");
        task.GetProperty("version").GetInt32().ShouldBe(1);
        task.GetProperty("category").GetString().ShouldBe("Tasks");
        task.GetProperty("displayName").GetString().ShouldBe("Human task");
        task.GetProperty("blocking").GetBoolean().ShouldBeTrue();
        task.GetProperty("description").GetProperty("nl").GetString().ShouldBe("Plaatst een taak in een werkbak en wacht tot ze afgewerkt is.");
        var inputs = task.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        inputs.Keys.ShouldContain("taskType");
        inputs.Keys.ShouldContain("form");
        inputs["taskType"].GetProperty("type").GetString().ShouldBe("Text");
        inputs["taskType"].GetProperty("required").GetBoolean().ShouldBeTrue();
        inputs["taskType"].GetProperty("help").GetProperty("fr").GetString().ShouldBe("Type de tâche.");
        inputs["dueIn"].GetProperty("type").GetString().ShouldBe("Duration");
        inputs["priority"].GetProperty("default").GetInt32().ShouldBe(0);
        inputs["priority"].GetProperty("required").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task GetActivity_Decision_ReturnsItsOutcomesAndIsNotBlocking()
    {
        var (status, decision) = await GetAsync("/api/workflow/activities/Core.Decision");

        status.ShouldBe(HttpStatusCode.OK);
        decision.GetProperty("type").GetString().ShouldBe("Core.Decision");
        decision.GetProperty("blocking").GetBoolean().ShouldBeFalse();
        decision.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()).ShouldBe(["True", "False"], ignoreOrder: true);
    }

    [Fact]
    public async Task GetActivity_Decision_HasItsDescriptionAndConditionHelpFromTheHostsResources()
    {
        var (_, decision) = await GetAsync("/api/workflow/activities/Core.Decision");

        decision.GetProperty("description").GetProperty("nl").GetString().ShouldBe("Vertakt volgens een voorwaarde.");
        var condition = decision.GetProperty("inputs").EnumerateArray().ShouldHaveSingleItem();
        condition.GetProperty("type").GetString().ShouldBe("Condition");
        condition.GetProperty("help").GetProperty("fr").GetString()!.ShouldStartWith("Une condition Liquid");
    }

    [Theory]
    [InlineData("nl-BE", "Het einde van de integratie bewaken", "Afgelopen")]
    [InlineData("fr-BE", "Surveiller la fin de l'intégration", "Terminée")]
    [InlineData("en", "Watch the integration's end", "Ended")]
    public async Task GetActivity_CallersLanguage_NamesTheActivityAndItsOutcomesInIt(string language, string name, string expired)
    {
        using var client = api.App.ClientFor(Roles.FunctionalAnalyst);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var activity = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/workflow/activities/Bcss.WatchIntegration", UriKind.Relative))).RootElement;

        activity.GetProperty("name").GetProperty("text").GetString().ShouldBe(name);
        var outcome = activity.GetProperty("outcomeTexts").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Expired");
        outcome.GetProperty("text").GetProperty("text").GetString().ShouldBe(expired);
        activity.GetProperty("reads").EnumerateArray().Select(v => v.GetString()).ShouldBe(["integrationEndsOn"]);
        activity.GetProperty("writes").EnumerateArray().Select(v => v.GetString()).ShouldBe(["integrationStatus"]);
    }

    [Fact]
    public async Task GetActivity_SharedOutcome_IsWordedOnceForEveryActivity()
    {
        var (_, start) = await GetAsync("/api/workflow/activities/Core.Start");

        var done = start.GetProperty("outcomeTexts").EnumerateArray().ShouldHaveSingleItem().GetProperty("text");
        done.GetProperty("fr").GetString().ShouldBe("Terminé");
        done.GetProperty("nl").GetString().ShouldBe("Klaar");
    }

    [Fact]
    public async Task GetActivity_UnknownType_Answers404Problem()
    {
        var (status, problem) = await GetAsync("/api/workflow/activities/Nope.Missing");

        status.ShouldBe(HttpStatusCode.NotFound);
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("detail").GetString()!.ShouldContain("Nope.Missing");
    }

    [Fact]
    public async Task GetActivity_UnknownVersion_Answers404()
    {
        var (status, _) = await GetAsync("/api/workflow/activities/Core.HumanTask?version=9");

        status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/workflow/activities")]
    [InlineData("/api/workflow/activities/Core.HumanTask")]
    [InlineData("/api/workflow/definitions")]
    public async Task Get_SocialWorker_Answers403(string url)
    {
        var (status, _) = await GetAsync(url, Roles.SocialWorker);

        status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetActivities_Anonymous_Answers401()
    {
        var (status, _) = await GetAsync("/api/workflow/activities", role: null);

        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetDefinitions_TheRepository_ListsEveryRequestTypesDefinitions()
    {
        var (status, body) = await GetAsync("/api/workflow/definitions");

        status.ShouldBe(HttpStatusCode.OK);
        body.EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()} v{d.GetProperty("version").GetInt32()}")
            .ShouldBe(
                ["dis v1", "dis v2", "dis v3", "equivalent-ris v1", "equivalent-ris v2", "equivalent-ris v3", "heating-allowance v1", "other-aid v1", "installation-premium v1"],
                ignoreOrder: true);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheWorkflowEndpoints()
    {
        var (status, document) = await GetAsync("/openapi/v1.json", role: null);

        status.ShouldBe(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/workflow/activities", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/workflow/activities/{type}", out var one).ShouldBeTrue();
        one.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/workflow/definitions", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task HangfireDashboard_Administrator_IsServed()
    {
        var (status, _) = await GetAsync("/hangfire", Roles.Administrator);

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task HangfireDashboard_Analyst_Answers403()
    {
        using var client = api.App.ClientFor(Roles.FunctionalAnalyst);

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
