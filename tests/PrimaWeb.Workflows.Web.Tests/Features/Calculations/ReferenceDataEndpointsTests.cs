using System.Net;
using System.Text.Json;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Tests.Features.Calculations;

/// <summary>Issue 14 point 6: an analyst reads every dated RIS amount with its source, unverified rows flagged with their reason.</summary>
public sealed class ReferenceDataEndpointsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url, string? role = Roles.FunctionalAnalyst)
    {
        using var client = api.App.ClientFor(role);
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default);
    }

    [Fact]
    public async Task GetReferenceData_RisAmounts_ListsEveryRowSince2020WithItsSourceAndTheDerivedRowsAsUnverified()
    {
        var (status, tables) = await GetAsync("/api/reference-data");

        status.ShouldBe(HttpStatusCode.OK);
        var rows = tables.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "ris.categoryAmounts").GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("from").GetString()).ShouldBe(
            ["2015-01-01", "2016-04-01", "2017-06-01", "2017-09-01", "2019-07-01", "2020-03-01", "2021-01-01", "2022-01-01", "2022-05-01", "2022-11-01", "2023-01-01", "2024-01-01", "2024-05-01", "2025-02-01"]);
        rows.ShouldAllBe(r => r.GetProperty("source").GetString()!.Length > 0);
        var january2022 = rows.Single(r => r.GetProperty("from").GetString() == "2022-01-01");
        january2022.GetProperty("unverified").GetBoolean().ShouldBeTrue();
        january2022.GetProperty("note").GetString()!.ShouldContain("Base 2022");
        january2022.GetProperty("values").GetProperty("category1Monthly").GetDecimal().ShouldBe(673.63m);
        rows.Single(r => r.GetProperty("from").GetString() == "2021-01-01").GetProperty("until").GetString().ShouldBe("2021-12-31", "the yearly increase of 2022 ends the 2021 amounts");
        rows.Single(r => r.GetProperty("from").GetString() == "2017-06-01").GetProperty("unverified").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task GetReferenceData_OnlyUnverified_KeepsOnlyTheRowsToConfirm()
    {
        var (status, tables) = await GetAsync("/api/reference-data?unverified=true");

        status.ShouldBe(HttpStatusCode.OK);
        var rows = tables.EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray()).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.GetProperty("unverified").GetBoolean() && r.GetProperty("note").GetString()!.Length > 0);
        tables.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldNotContain("ris.shortageOccupationExemption");
    }

    [Fact]
    public async Task GetReferenceData_Anonymous_IsRefused()
    {
        var (status, _) = await GetAsync("/api/reference-data", role: null);

        status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
