using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Tests.Features.Calculations;

public sealed class CalculationEndpointsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string RisUrl = "/api/calculations/ris";
    private const string HeatingUrl = "/api/calculations/heating-allowance";

    private static JsonObject RisBody(string periodStart = "2025-02-01", string periodEnd = "2025-02-28") => new()
    {
        ["category"] = 2,
        ["periodStart"] = periodStart,
        ["periodEnd"] = periodEnd,
        ["members"] = new JsonArray(new JsonObject { ["personId"] = "claimant", ["relation"] = "claimant" }),
        ["resources"] = new JsonArray(new JsonObject
        {
            ["personId"] = "claimant",
            ["kind"] = "earnedIncome",
            ["amount"] = 600.00m,
            ["employmentExemption"] = "socioProfessional",
        }),
    };

    private static JsonObject HeatingBody() => new()
    {
        ["category"] = 2,
        ["fuel"] = "heatingGasOil",
        ["purchaseMode"] = "bulk",
        ["deliveryDate"] = "2025-03-01",
        ["requestDate"] = "2025-03-20",
        ["invoicedLitres"] = 1000,
        ["pricePerLitre"] = 0.95m,
        ["incomes"] = new JsonArray(new JsonObject { ["personId"] = "claimant", ["kind"] = "taxableIncome", ["yearlyAmount"] = 33000.00m }),
        ["possibleDependants"] = new JsonArray(new JsonObject { ["personId"] = "c1", ["netYearlyIncome"] = 0 }, new JsonObject { ["personId"] = "c2", ["netYearlyIncome"] = 1200 }),
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string url, JsonObject body, string? role = Roles.SocialWorker)
    {
        using var client = api.App.ClientFor(role);
        using var response = await client.PostAsJsonAsync(url, body);
        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true;
        return (response.StatusCode, isJson ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : default);
    }

    private async Task<JsonElement> ProblemAsync(string url, JsonObject body) => (await RefusalAsync(url, body)).GetProperty("errors");

    private async Task<JsonElement> RefusalAsync(string url, JsonObject body)
    {
        var (status, problem) = await PostAsync(url, body);
        status.ShouldBe(HttpStatusCode.BadRequest);
        return problem;
    }

    private static string CodeOf(JsonElement problem, string field) => problem.GetProperty("codes").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task PostRis_WorkedExampleR2_ReturnsAmountsWithBreakdown()
    {
        var (status, result) = await PostAsync(RisUrl, RisBody());

        status.ShouldBe(HttpStatusCode.OK);
        result.GetProperty("monthlyAmount").GetDecimal().ShouldBe(1044.51m);
        result.GetProperty("periodAmount").GetDecimal().ShouldBe(1044.51m);
        result.GetProperty("proRataRule").GetString().ShouldBe("calendarDays");
        result.GetProperty("category").GetInt32().ShouldBe(2);
        var lines = result.GetProperty("segments")[0].GetProperty("lines").EnumerateArray().ToList();
        lines.ShouldContain(l => l.GetProperty("code").GetString() == "employment-exemption" && l.GetProperty("legalBasis").GetString()!.Contains("art. 35"));
    }

    [Fact]
    public async Task PostRis_PeriodSpanningIndexation_ReturnsTwoSegments()
    {
        var (status, result) = await PostAsync(RisUrl, RisBody("2025-01-15", "2025-02-28"));

        status.ShouldBe(HttpStatusCode.OK);
        result.GetProperty("segments").GetArrayLength().ShouldBe(2);
        result.GetProperty("months")[0].GetProperty("isProRata").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PostRis_UnknownCategory_Returns400NamingCategory()
    {
        var body = RisBody();
        body["category"] = 7;

        var errors = await ProblemAsync(RisUrl, body);

        errors.TryGetProperty("category", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task PostRis_NegativeAmount_Returns400NamingTheResource()
    {
        var body = RisBody();
        body["resources"]![0]!["amount"] = -1;

        var problem = await RefusalAsync(RisUrl, body);

        CodeOf(problem, "resources[0].amount").ShouldBe("NegativeAmount");
        problem.GetProperty("errors").GetProperty("resources[0].amount")[0].GetString()!.ShouldContain("négatif");
    }

    [Fact]
    public async Task PostRis_EndBeforeStart_Returns400NamingPeriodEnd()
    {
        var problem = await RefusalAsync(RisUrl, RisBody("2025-03-01", "2025-02-01"));

        CodeOf(problem, "periodEnd").ShouldBe("EndBeforeStart");
    }

    [Fact]
    public async Task PostRis_PartnerInTheIsolatedCategoryInDutch_IsRefusedInDutchWithTheRulesCode()
    {
        var body = RisBody();
        body["members"]!.AsArray().Add(new JsonObject { ["personId"] = "partner", ["relation"] = "partner" });
        using var client = api.App.ClientFor(Roles.SocialWorker);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");

        using var response = await client.PostAsJsonAsync(RisUrl, body);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        CodeOf(problem, "category").ShouldBe("PartnerNotIsolated");
        problem.GetProperty("errors").GetProperty("category")[0].GetString()
            .ShouldBe("Een aanvrager die met een partner samenwoont, valt onder categorie 1 (samenwonende) of 3 (gezin ten laste), niet onder categorie 2 (alleenstaande).");
    }

    [Fact]
    public async Task PostRis_DateWithoutReferenceData_Returns400NamingPeriodStart()
    {
        var problem = await RefusalAsync(RisUrl, RisBody("2010-01-01", "2010-01-31"));

        CodeOf(problem, "periodStart").ShouldBe("NoReferenceData");
        problem.GetProperty("errors").GetProperty("periodStart")[0].GetString()!.ShouldContain("01/01/2010");
    }

    [Fact]
    public async Task PostRis_UnreadableFields_Returns400NamingEachOne()
    {
        var body = RisBody(periodStart: "01/02/2025");
        body["members"]![0]!["relation"] = "cousin";
        body.Remove("category");

        var errors = await ProblemAsync(RisUrl, body);

        // Rules that depend on the relation not understood also speak (no claimant left): they are consequences, not noise to hide.
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldContain("category");
        fields.ShouldContain("periodStart");
        fields.ShouldContain("members[0].relation");
        errors.GetProperty("members[0].relation")[0].GetString()!.ShouldContain("cousin");
    }

    [Fact]
    public async Task PostRis_Anonymous_Returns401()
    {
        var (status, _) = await PostAsync(RisUrl, RisBody(), role: null);

        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostRis_FunctionalAnalyst_Returns403()
    {
        var (status, _) = await PostAsync(RisUrl, RisBody(), Roles.FunctionalAnalyst);

        status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostHeatingAllowance_WorkedExampleH9_IsEligible()
    {
        var (status, result) = await PostAsync(HeatingUrl, HeatingBody(), Roles.Manager);

        status.ShouldBe(HttpStatusCode.OK);
        result.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        result.GetProperty("incomeLimit").GetDecimal().ShouldBe(33998.45m);
        result.GetProperty("amount").GetDecimal().ShouldBe(140.00m);
        result.GetProperty("requestDeadline").GetString().ShouldBe("2025-04-30");
    }

    [Fact]
    public async Task PostHeatingAllowance_BadInput_Returns400NamingEachField()
    {
        var body = HeatingBody();
        body["category"] = 4;
        body["invoicedLitres"] = -10;
        body["requestDate"] = "2025-02-01";

        var errors = await ProblemAsync(HeatingUrl, body);

        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["category", "invoicedLitres", "requestDate"], ignoreOrder: true);
    }

    [Fact]
    public async Task PostHeatingAllowance_UnknownFuel_Returns400NamingFuel()
    {
        var body = HeatingBody();
        body["fuel"] = "uranium";

        var problem = await RefusalAsync(HeatingUrl, body);

        CodeOf(problem, "fuel").ShouldBe("UnknownValue");
        problem.GetProperty("errors").GetProperty("fuel")[0].GetString()!.ShouldContain("uranium");
    }

    [Fact]
    public async Task PostHeatingAllowance_DeliveryWithoutReferenceData_Returns400NamingDeliveryDate()
    {
        var body = HeatingBody();
        body["deliveryDate"] = "2008-01-10";
        body["requestDate"] = "2008-01-20";

        var errors = await ProblemAsync(HeatingUrl, body);

        errors.TryGetProperty("deliveryDate", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApi_DescribesBothEndpointsWithAnExampleRequest()
    {
        using var client = api.App.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        foreach (var path in new[] { RisUrl, HeatingUrl })
        {
            var post = document["paths"]![path]!["post"]!;
            post["requestBody"]!["content"]!["application/json"]!["example"].ShouldNotBeNull();
            post["responses"]!["400"].ShouldNotBeNull();
        }

        var proRata = document["components"]!["schemas"]!["ProRataRule"]!;
        proRata["type"]!.GetValue<string>().ShouldBe("string");
        proRata["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["calendarDays", "thirtyDays"]);
    }
}
