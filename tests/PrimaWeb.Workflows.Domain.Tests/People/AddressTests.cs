using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Domain.Tests.People;

public class AddressTests
{
    [Fact]
    public void Constructor_BelgianAddress_IsTrimmedAndPrintable()
    {
        var address = new Address(" Rue de Fer ", "12", "3", "5000", "Namur");

        address.Street.ShouldBe("Rue de Fer");
        address.CountryCode.ShouldBe("BE");
        address.ToString().ShouldBe("Rue de Fer 12 bte 3, 5000 Namur");
    }

    [Theory]
    [InlineData("500")]
    [InlineData("0999")]
    [InlineData("50OO")]
    public void Constructor_BadBelgianPostalCode_IsRefused(string postalCode)
    {
        Should.Throw<DomainValidationException>(() => new Address("Rue de Fer", "12", null, postalCode, "Namur"))
            .Message.ShouldBe($"The Belgian postal code '{postalCode}' must have 4 digits from 1000 to 9999.");
    }

    [Fact]
    public void Constructor_ForeignAddress_KeepsItsPostalCode()
    {
        var address = new Address("Rue Nationale", "1", null, "59000", "Lille", "fr");

        address.CountryCode.ShouldBe("FR");
        address.ToString().ShouldBe("Rue Nationale 1, 59000 Lille (FR)");
    }

    [Fact]
    public void Equality_SameValues_AreEqual()
    {
        new Address("Rue de Fer", "12", null, "5000", "Namur").ShouldBe(new Address("Rue de Fer", "12", null, "5000", "Namur"));
    }

    [Fact]
    public void Constructor_MissingStreet_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Address("", "12", null, "5000", "Namur")).Field.ShouldBe("Street");
    }

    [Fact]
    public void Check_SeveralPartsWrong_NamesEachWithItsRule_AsAFormMarksThem()
    {
        var problems = Address.Check(null, "12", null, "500", " ");

        problems.Select(p => (p.Field, p.Code)).ShouldBe([
            ("Street", RuleCodes.Required), ("Municipality", RuleCodes.Required), ("PostalCode", RuleCodes.BelgianPostalCode)]);
    }
}
