using System.Net;
using System.Text.Json;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// Every read of a person's record or a case file of the CPAS's own data is in the audit, beside the federal-service
/// calls: who (the user), whose (the case and its main person), when, and why (the CPAS's legal basis), listed by the
/// existing audit endpoints to the CPAS only.
/// </summary>
public sealed class AccessAuditTests(HardeningHost host) : IClassFixture<HardeningHost>
{
    private const string Thomas = "85073003328";

    [Theory]
    [InlineData("", "PrimaWeb:ReadCase")]
    [InlineData("/file", "PrimaWeb:ReadCaseFile")]
    public async Task CaseRead_ThroughTheApi_IsAuditedWithWhoWhoseWhenAndWhy(string suffix, string service)
    {
        var caseId = await host.CaseIdAsync("NA-2026-0001");
        using var api = await RawApi.SignInAsync(host.App, "namur-manager");
        var before = await ReadsAsync(api, $"/api/cases/{caseId}/audit", service);
        var asked = DateTimeOffset.UtcNow;

        (await api.GetAsync($"/api/cases/{caseId}{suffix}")).Status.ShouldBe(HttpStatusCode.OK);

        var reads = await ReadsAsync(api, $"/api/cases/{caseId}/audit", service);
        reads.Count.ShouldBe(before.Count + 1);
        var read = reads[^1];
        read.GetProperty("kind").GetString().ShouldBe("Read");
        read.GetProperty("user").GetString().ShouldBe("namur-manager");
        read.GetProperty("caseId").GetString().ShouldBe(caseId.ToString());
        read.GetProperty("persons").EnumerateArray().Select(p => p.GetString()).ShouldBe([Thomas]);
        read.GetProperty("at").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(asked.AddSeconds(-1));
        read.GetProperty("legalBasis").GetString()!.ShouldContain("Loi organique CPAS");
        read.GetProperty("detail").GetString().ShouldBe($"GET /api/cases/{caseId}{suffix}");

        // The person's own audit lists it too, and Gent sees none of it.
        (await ReadsAsync(api, $"/api/persons/{Thomas}/audit", service)).Select(r => r.GetProperty("id").GetGuid()).ShouldContain(read.GetProperty("id").GetGuid());
        using var gent = await RawApi.SignInAsync(host.App, "gent-manager");
        (await ReadsAsync(gent, $"/api/cases/{caseId}/audit", service)).ShouldBeEmpty();
    }

    [Fact]
    public async Task LetterRead_ThroughTheApi_IsAudited()
    {
        var caseId = await host.CaseIdAsync("NA-2026-0001");
        var letterId = await host.SeedLetterAsync("cpas-namur", "NA-2026-0001", "<p>Madame, Monsieur,</p>");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        (await api.GetAsync($"/api/cases/{caseId}/letters/{letterId}")).Status.ShouldBe(HttpStatusCode.OK);

        var read = (await ReadsAsync(api, $"/api/cases/{caseId}/audit", "PrimaWeb:ReadLetter")).ShouldHaveSingleItem();
        read.GetProperty("detail").GetString()!.ShouldContain(letterId.ToString());
    }

    [Fact]
    public async Task CasePage_OpenedOnce_IsAuditedOnce()
    {
        var caseId = await host.CaseIdAsync("NA-2026-0003");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        (await api.GetAsync($"/cases/{caseId}")).Status.ShouldBe(HttpStatusCode.OK);

        var read = (await ReadsAsync(api, $"/api/cases/{caseId}/audit", "PrimaWeb:CasePage")).ShouldHaveSingleItem();
        read.GetProperty("user").GetString().ShouldBe("namur-social-worker");
    }

    [Fact]
    public async Task PersonLookup_OfTheCpasOwnPerson_IsAudited()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var before = await ReadsAsync(api, $"/api/persons/{Thomas}/audit", "PrimaWeb:ReadPerson");

        (await api.GetAsync($"/api/persons?niss={Thomas}")).Status.ShouldBe(HttpStatusCode.OK);

        var reads = await ReadsAsync(api, $"/api/persons/{Thomas}/audit", "PrimaWeb:ReadPerson");
        reads.Count.ShouldBe(before.Count + 1);
        reads[^1].GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task CaseRead_OfAnotherCpas_IsNeitherAnsweredNorAudited()
    {
        var gentCase = await host.CaseIdAsync("GE-2026-0001");
        using var namur = await RawApi.SignInAsync(host.App, "namur-social-worker");

        (await namur.GetAsync($"/api/cases/{gentCase}")).Status.ShouldBe(HttpStatusCode.NotFound);

        using var gent = await RawApi.SignInAsync(host.App, "gent-social-worker");
        (await ReadsAsync(gent, $"/api/cases/{gentCase}/audit", "PrimaWeb:ReadCase")).ShouldBeEmpty();
    }

    private static async Task<List<JsonElement>> ReadsAsync(RawApi api, string path, string service)
    {
        var answer = await api.GetAsync(path);
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        return [.. answer.Json.EnumerateArray().Where(e => e.GetProperty("service").GetString() == service)];
    }
}
