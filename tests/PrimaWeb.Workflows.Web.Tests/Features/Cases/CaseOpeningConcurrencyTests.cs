using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Tests.Features.Cases;

/// <summary>
/// Issue 12, point 2: fifty cases opened at the same instant in two CPAS, for fifty persons the CPAS import from the
/// National Register, get fifty distinct references, numbered one after the other in each CPAS, and no error.
/// </summary>
public sealed class CaseOpeningConcurrencyTests
{
    private const int PerCpas = 25;

    [Fact]
    public async Task OpenCase_FiftyAtOnceInTwoCpas_OnSqlite_GivesFiftyDistinctReferencesAndNoError()
    {
        using var factory = new PrimaWebFactory();

        await OpenFiftyAtOnceAsync(factory);
    }

    [PostgresFact]
    public async Task OpenCase_FiftyAtOnceInTwoCpas_OnPostgreSql_GivesFiftyDistinctReferencesAndNoError()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_cases");
        using var factory = PrimaWebFactory.OnPostgreSql(database);

        await OpenFiftyAtOnceAsync(factory);
    }

    private static async Task OpenFiftyAtOnceAsync(PrimaWebFactory factory)
    {
        using var namur = await ApiSession.SignInAsync(factory, "namur-social-worker");
        using var gent = await ApiSession.SignInAsync(factory, "gent-social-worker");
        SimulatedPersons.Adults.Count.ShouldBeGreaterThanOrEqualTo(2 * PerCpas);

        var answers = await Task.WhenAll(SimulatedPersons.Adults.Take(2 * PerCpas).Select((person, i) =>
            (i % 2 == 0 ? namur : gent).PostAsync("/api/cases", new JsonObject { ["niss"] = person.Niss.ToString() })));

        answers.Select(a => a.Status).ShouldAllBe(status => status == HttpStatusCode.Created);
        var references = answers.Select(a => a.Body.GetProperty("reference").GetString()!).ToList();
        references.Distinct(StringComparer.Ordinal).Count().ShouldBe(2 * PerCpas);
        foreach (var prefix in new[] { "NA-", "GE-" })
        {
            var numbers = references.Where(r => r.StartsWith(prefix, StringComparison.Ordinal))
                .Select(r => int.Parse(r[(r.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture))
                .Order()
                .ToList();
            numbers.Count.ShouldBe(PerCpas);
            numbers.ShouldBe(Enumerable.Range(numbers[0], PerCpas), $"the {prefix} cases are numbered one after the other");
        }
    }
}
