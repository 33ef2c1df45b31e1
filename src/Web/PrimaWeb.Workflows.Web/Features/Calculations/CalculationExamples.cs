using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>Example requests shown in the OpenAPI description (worked examples R-2 and H-9 of the domain notes).</summary>
internal static class CalculationExamples
{
    public const string Ris = """
        {
          "category": 2,
          "periodStart": "2025-02-01",
          "periodEnd": "2025-03-31",
          "members": [ { "personId": "claimant", "relation": "claimant" } ],
          "resources": [
            { "personId": "claimant", "kind": "earnedIncome", "amount": 600.00, "periodicity": "monthly",
              "employmentExemption": "socioProfessional", "description": "Part-time wage" }
          ],
          "choices": { "proRata": "calendarDays" }
        }
        """;

    public const string HeatingAllowance = """
        {
          "category": 2,
          "fuel": "heatingGasOil",
          "purchaseMode": "bulk",
          "deliveryDate": "2025-03-01",
          "requestDate": "2025-03-20",
          "invoicedLitres": 1000,
          "pricePerLitre": 0.95,
          "incomes": [ { "personId": "claimant", "kind": "taxableIncome", "yearlyAmount": 33000.00 } ],
          "possibleDependants": [ { "personId": "child1", "netYearlyIncome": 0 }, { "personId": "child2", "netYearlyIncome": 1200 } ]
        }
        """;

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media))
            {
                media.Example = JsonNode.Parse(json);
            }

            return Task.CompletedTask;
        });
}
