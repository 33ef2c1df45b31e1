namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Example requests shown in the OpenAPI description.</summary>
internal static class PersonExamples
{
    public const string CreateBis = """
        {
          "lastName": "Haddad",
          "firstName": "Samir",
          "birthDate": "1990-00-00",
          "gender": "Male",
          "nationalityCode": 111,
          "birthPlace": "Alep",
          "address": { "street": "Rue de Fer", "houseNumber": "20", "postalCode": "5000", "municipality": "Namur" },
          "language": "Fr"
        }
        """;
}
