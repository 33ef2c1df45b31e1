namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>Example requests shown in the OpenAPI description.</summary>
internal static class RequestExamples
{
    /// <summary>A heating allowance filed with its delivery and dwelling; a DIS needs only <c>type</c> and <c>receivedOn</c>.</summary>
    public const string File = """
        {
          "type": "HeatingAllowance",
          "receivedOn": "2026-11-20",
          "details": {
            "deliveredOn": "2026-11-12", "fuel": "HeatingGasOil", "purchaseMode": "Bulk", "litres": 1000, "pricePerLitre": 0.95, "dwellings": 1,
            "invoiceNumber": "F-2026-1187", "street": "Rue de la Station", "houseNumber": "12", "postalCode": "5000", "municipality": "Namur"
          }
        }
        """;
}
