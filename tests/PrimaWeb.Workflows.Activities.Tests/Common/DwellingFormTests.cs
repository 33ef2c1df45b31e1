using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Activities.Tests.Common;

public sealed class DwellingFormTests
{
    [Fact]
    public void One_dwelling_typed_with_other_case_accents_and_punctuation_has_one_key()
    {
        var typed = new Address("Rue de l'Église", "5", "2", "5000", "Namur");
        var retyped = new Address("RUE DE L EGLISE", "5", " 2", "5000", "NAMUR");

        DwellingForm.Key(retyped).ShouldBe(DwellingForm.Key(typed));
    }

    [Theory]
    [InlineData("Rue de l'Église", "5", "3", "5000")]
    [InlineData("Rue de l'Église", "7", "2", "5000")]
    [InlineData("Rue de l'Église", "5", "2", "5100")]
    [InlineData("Rue de la Gare", "5", "2", "5000")]
    public void Another_flat_number_street_or_postal_code_is_another_dwelling(string street, string number, string box, string postalCode) =>
        DwellingForm.Key(new Address(street, number, box, postalCode, "Namur"))
            .ShouldNotBe(DwellingForm.Key(new Address("Rue de l'Église", "5", "2", "5000", "Namur")));

    [Fact]
    public void A_Belgian_postal_code_of_three_digits_refuses_the_postal_code_field()
    {
        var payload = new JsonObject { ["street"] = "Rue Haute", ["houseNumber"] = "74", ["postalCode"] = "800", ["municipality"] = "Brugge" };

        Should.Throw<DomainValidationException>(() => DwellingForm.Read(payload)).Field.ShouldBe(nameof(Address.PostalCode));
    }

    [Fact]
    public void An_address_proposed_on_the_form_reads_back_as_the_same_address()
    {
        var home = new Address("Rue de Fer", "12", "3", "5000", "Namur");

        DwellingForm.Values(home).Keys.ShouldBe(DwellingForm.Fields.Select(field => field.Name));

        DwellingForm.Read(new JsonObject([.. DwellingForm.Values(home).Select(v => KeyValuePair.Create(v.Key, JsonValue.Create(v.Value as string) as JsonNode))]))
            .ShouldBe(home);
    }

    [Fact]
    public void A_payload_without_a_street_has_no_dwelling() =>
        DwellingForm.ReadIfGiven(new JsonObject { ["litres"] = 1000 }).ShouldBeNull();
}
