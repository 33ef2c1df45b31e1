using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.People;

public class PersonTests
{
    private static readonly Address Namur = new("Rue de Fer", "12", "3", "5000", "Namur");

    [Fact]
    public void Constructor_NissWithBirthDate_TakesBirthDateAndGenderFromIt()
    {
        var person = new Person(Tenant, Main, " Dupont ", "Marie-Claire", null, Gender.Unknown, "be", Namur, Language.Fr);

        person.LastName.ShouldBe("Dupont");
        person.FirstName.ShouldBe("Marie-Claire");
        person.FullName.ShouldBe("Dupont Marie-Claire");
        person.BirthDate.ShouldBe(D(18, 5, 1993));
        person.Gender.ShouldBe(Gender.Male);
        person.Nationality.ShouldBe("BE");
        person.Address.ShouldBe(Namur);
        person.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void Constructor_BisWithUnknownDateAndSex_TakesTheGivenValues()
    {
        var bis = Niss.Parse("93201800197", CultureInfo.InvariantCulture);

        var person = new Person(Tenant, bis, "Nowak", "Anna", D(14, 6, 1993), Gender.Female, null, null, Language.Nl);

        person.BirthDate.ShouldBe(D(14, 6, 1993));
        person.Gender.ShouldBe(Gender.Female);
        person.Nationality.ShouldBeNull();
    }

    [Fact]
    public void Constructor_BirthDateContradictingTheNiss_IsRefused()
    {
        var error = Should.Throw<DomainValidationException>(
            () => new Person(Tenant, Main, "Dupont", "Jean", D(19, 5, 1993), Gender.Male, "BE", null, Language.Fr));

        error.Field.ShouldBe("BirthDate");
        error.Message.ShouldBe("The birth date 19/05/1993 contradicts the NISS 93.05.18-223.61, which gives 18/05/1993.");
    }

    [Fact]
    public void Constructor_GenderContradictingTheNiss_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Person(Tenant, Main, "Dupont", "Jean", null, Gender.Female, "BE", null, Language.Fr))
            .Message.ShouldBe("The gender Female contradicts the NISS 93.05.18-223.61, which gives Male.");
    }

    [Fact]
    public void Constructor_DefaultNiss_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Person(Tenant, default, "Dupont", "Jean", null, Gender.Male, "BE", null, Language.Fr))
            .Message.ShouldBe("The NISS is required.");
    }

    [Theory]
    [InlineData("", "The last name is required.")]
    [InlineData("Dup0nt", "The last name 'Dup0nt' contains '0'; only letters, spaces, hyphens, apostrophes and dots are allowed.")]
    [InlineData("Dupont@", "The last name 'Dupont@' contains '@'; only letters, spaces, hyphens, apostrophes and dots are allowed.")]
    public void Constructor_BadLastName_IsRefusedWithReason(string lastName, string message)
    {
        var error = Should.Throw<DomainValidationException>(
            () => new Person(Tenant, Main, lastName, "Jean", null, Gender.Male, "BE", null, Language.Fr));

        error.Field.ShouldBe("LastName");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("D'Hondt")]
    [InlineData("Van den Bossche")]
    [InlineData("Çelik")]
    [InlineData("Ntumba-Kalala")]
    [InlineData("St. Pierre")]
    [InlineData("Öztürk")]
    public void Rename_RegisteredNameShapes_AreAccepted(string lastName)
    {
        var person = new Person(Tenant, Main, "Dupont", "Jean", null, Gender.Male, "BE", null, Language.Fr);

        person.Rename(lastName, "Jean");

        person.LastName.ShouldBe(lastName);
    }

    [Fact]
    public void Rename_TooLong_IsRefused()
    {
        var person = new Person(Tenant, Main, "Dupont", "Jean", null, Gender.Male, "BE", null, Language.Fr);

        Should.Throw<DomainValidationException>(() => person.Rename(new string('a', 101), "Jean"))
            .Message.ShouldBe("The last name has 101 characters; at most 100 are allowed.");
    }

    [Fact]
    public void ChangeNationality_NotAnIsoCode_IsRefused()
    {
        var person = new Person(Tenant, Main, "Dupont", "Jean", null, Gender.Male, "BE", null, Language.Fr);

        Should.Throw<DomainValidationException>(() => person.ChangeNationality("BEL"))
            .Message.ShouldBe("The nationality 'BEL' must be a two-letter ISO 3166 code such as BE, FR or NL.");
    }

    [Fact]
    public void ReplaceNiss_BisReplacedByNationalNumber_RederivesBirthDateAndGender()
    {
        var person = new Person(Tenant, Niss.Parse("93201800197", CultureInfo.InvariantCulture), "Dupont", "Jean", null, Gender.Unknown, null, null, Language.Fr);

        person.ReplaceNiss(Main);

        person.Niss.ShouldBe(Main);
        person.BirthDate.ShouldBe(D(18, 5, 1993));
        person.Gender.ShouldBe(Gender.Male);
    }

    [Fact]
    public void Constructor_UnknownLanguage_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Person(Tenant, Main, "Dupont", "Jean", null, Gender.Male, "BE", null, (Language)7))
            .Field.ShouldBe("Language");
    }

    [Fact]
    public void Constructor_NissWithUnknownDayAndMonth_AcceptsADateOfTheSameYearOnly()
    {
        var niss = Niss.Parse("93000022381", CultureInfo.InvariantCulture);

        new Person(Tenant, niss, "Dupont", "Jean", D(1, 7, 1993), Gender.Male, "BE", null, Language.Fr).BirthDate.ShouldBe(D(1, 7, 1993));
        Should.Throw<DomainValidationException>(() => new Person(Tenant, niss, "Dupont", "Jean", D(1, 7, 1994), Gender.Male, "BE", null, Language.Fr))
            .Message.ShouldBe("The birth date 01/07/1994 contradicts the NISS 93.00.00-223.81, which gives the year 1993.");
    }
}
