using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Calculations.Ris;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Ris;

/// <summary>Builders for RIS requests and small reference data sets written for one test.</summary>
public static class RisTestData
{
    public const string Claimant = "claimant";

    public static RisCalculator RepositoryCalculator() => new(RisReferenceData.From(RepositoryReferenceData.Set));

    public static RisCalculationRequest Month(RisCategory category, int year, int month, params RisResource[] resources) =>
        Request(category, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), resources);

    public static RisCalculationRequest Request(RisCategory category, DateOnly start, DateOnly end, params RisResource[] resources) =>
        new()
        {
            Category = category,
            PeriodStart = start,
            PeriodEnd = end,
            Members = [new RisHouseholdMember(Claimant, CohabitantRelation.Claimant)],
            Resources = resources,
        };

    public static RisResource Wage(decimal monthly, EmploymentExemption exemption = EmploymentExemption.None, string person = Claimant) =>
        new(person, ResourceKind.EarnedIncome, monthly, ResourcePeriodicity.Monthly, exemption);

    /// <summary>
    /// The repository's RIS tables with the category amounts and exemptions replaced by the rows given, so that a
    /// worked example quoting other figures can be reproduced.
    /// </summary>
    public static RisCalculator CalculatorWith(string categoryRows, string generalExemptionRows = DefaultGeneralExemption, string rulesRows = DefaultRules, string extraTables = "")
    {
        var json = $$"""
            { "format": "primaweb-reference/1", "tables": [
              { "id": "ris.categoryAmounts", "rows": [ {{categoryRows}} ] },
              { "id": "ris.generalExemption", "rows": [ {{generalExemptionRows}} ] },
              { "id": "ris.calculationRules", "rows": [ {{rulesRows}} ] },
              { "id": "ris.cohabitantRules", "rows": [ { "from": "2000-01-01", "values": { "maintenanceDebtorScope": "firstDegree", "maintenanceDebtorCounting": "cpasChoice" }, "source": "test" } ] }
              {{extraTables}}
            ] }
            """;
        var sources = new List<ReferenceDataSource> { new("test-ris.json", json) };
        var set = ReferenceDataSet.Parse(sources);
        var exemptions = RepositoryReferenceData.Set.Tables
            .Where(t => t.Id.EndsWith("Exemption", StringComparison.Ordinal) && t.Id.StartsWith("ris.", StringComparison.Ordinal) && !set.Contains(t.Id) && t.Id != "ris.generalExemption")
            .Select(t => t.Id)
            .ToHashSet();
        sources.Add(new ReferenceDataSource("repository-exemptions.json", RepositoryTablesJson(exemptions)));
        return new RisCalculator(RisReferenceData.From(ReferenceDataSet.Parse(sources)));
    }

    public static string CategoryRow(string from, decimal yearly1, decimal yearly2, decimal yearly3) =>
        $$"""{ "from": "{{from}}", "values": { "category1Yearly": {{D(yearly1)}}, "category1Monthly": {{D(Monthly(yearly1))}}, "category2Yearly": {{D(yearly2)}}, "category2Monthly": {{D(Monthly(yearly2))}}, "category3Yearly": {{D(yearly3)}}, "category3Monthly": {{D(Monthly(yearly3))}} }, "source": "test" }""";

    public const string DefaultGeneralExemption = """{ "from": "2000-01-01", "values": { "category1Yearly": 155, "category2Yearly": 250, "category3Yearly": 310 }, "source": "test" }""";

    public const string DefaultRules = """{ "from": "2000-01-01", "values": { "partialMonthProRata": "calendarDays", "generalExemptionWithEmploymentExemption": "cumulated" }, "source": "test" }""";

    private static decimal Monthly(decimal yearly) => Math.Round(yearly / 12, 2, MidpointRounding.AwayFromZero);

    private static string D(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryTablesJson(HashSet<string> ids)
    {
        var tables = RepositoryReferenceData.Set.Tables.Where(t => ids.Contains(t.Id)).Select(t =>
            $$"""{ "id": "{{t.Id}}", "rows": [ {{string.Join(", ", t.Rows.Select(r => $$"""{ "from": "{{r.From:yyyy-MM-dd}}", "values": { "monthly": {{D(r.Amount("monthly"))}} }, "source": "repository" }"""))}} ] }""");
        return $$"""{ "format": "primaweb-reference/1", "tables": [ {{string.Join(", ", tables)}} ] }""";
    }
}
