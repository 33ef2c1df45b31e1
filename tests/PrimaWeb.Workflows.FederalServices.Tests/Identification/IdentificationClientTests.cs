using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Tests.Support;

namespace PrimaWeb.Workflows.FederalServices.Tests.Identification;

public sealed class IdentificationClientTests
{
    [Fact]
    public async Task IdentifyBySsinAsync_KnownPerson_ReturnsRegisterData()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var answer = await harness.Identification.IdentifyBySsinAsync(harness.Context(), person.Niss);

        var found = answer.Persons.ShouldHaveSingleItem();
        found.SSIN.ShouldBe(person.Niss);
        found.Name.ShouldBe(person.Name);
        found.BirthDate.ShouldBe(person.BirthDate.ToString());
        found.Address.ShouldBe(person.CurrentAddress);
    }

    [Fact]
    public async Task IdentifyBySsinAsync_NumberNobodyHas_ThrowsUnknownNiss()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var unknown = Enumerable.Range(1, 400)
            .Select(sequence => Niss.Parse($"450101{sequence * 2:000}{Niss.CheckDigits(450101000 + (sequence * 2), 1900):00}", CultureInfo.InvariantCulture))
            .First(n => harness.State.Population.Find(n) is null);

        var error = await Should.ThrowAsync<UnknownNissException>(() => harness.Identification.IdentifyBySsinAsync(harness.Context(), unknown));

        error.Person.ShouldBe(unknown);
    }

    [Fact]
    public async Task IdentifyAsync_VerificationDataWithMatchingCard_IsVerified()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var right = await harness.Identification.IdentifyAsync(harness.Context(), new IdentifyPersonRequest(person.Niss, null, new VerificationData(person.SisCardNumber)));
        var wrong = await harness.Identification.IdentifyAsync(harness.Context(), new IdentifyPersonRequest(person.Niss, null, new VerificationData("0000000001")));

        right.VerificationSucceeded.ShouldBe(true);
        wrong.VerificationSucceeded.ShouldBe(false);
    }

    [Fact]
    public async Task SearchPhoneticAsync_SpellingVariant_FindsEveryVariant()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var target = harness.Person(p => p.Name.LastName is "Janssens" or "Janssen" or "Jansens" && p.BirthDate.IsComplete);

        var answer = await harness.Identification.SearchPhoneticAsync(harness.Context(),
            new PhoneticCriteria("Jansen", target.BirthDate.ToString()));

        answer.Persons.ShouldContain(p => p.SSIN == target.Niss);
        answer.Persons.ShouldAllBe(p => p.BirthDate == target.BirthDate.ToString());
    }

    [Fact]
    public async Task SearchPhoneticAsync_YearOnlyWithTolerance_FindsWithinYears()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var target = harness.Person(p => p.Name.LastName is "Vandenbroeck" or "Van den Broek" or "Vandenbroucke");

        var answer = await harness.Identification.SearchPhoneticAsync(harness.Context(),
            new PhoneticCriteria("van den broek", $"{target.BirthDate.Year + 1}-00-00", Tolerance: 1));

        answer.Persons.ShouldContain(p => p.SSIN == target.Niss);
        answer.Persons.Select(p => int.Parse(p.BirthDate.AsSpan(0, 4), CultureInfo.InvariantCulture))
            .ShouldAllBe(year => Math.Abs(year - (target.BirthDate.Year + 1)) <= 1);
    }

    [Fact]
    public async Task SearchPhoneticAsync_IncompleteDateWithoutTolerance_IsRejectedBeforeAnyCall()
    {
        await using var harness = await GatewayHarness.StartAsync();

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() =>
            harness.Identification.SearchPhoneticAsync(harness.Context(), new PhoneticCriteria("Dupont", "1985-00-00")));

        error.Fields.ShouldContain(f => f.Field == "PhoneticCriteria.Tolerance");
        harness.RequestsTo(ServiceCatalog.IdentifyPerson.Name).ShouldBe(0);
    }

    [Fact]
    public async Task SearchPhoneticAsync_MaximumAbove80_IsRejected()
    {
        await using var harness = await GatewayHarness.StartAsync();

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() =>
            harness.Identification.SearchPhoneticAsync(harness.Context(), new PhoneticCriteria("Dupont", "1985-05-01", Maximum: 81)));

        error.Fields.ShouldHaveSingleItem().Field.ShouldBe("PhoneticCriteria.Maximum");
    }

    [Fact]
    public async Task IdentifyAsync_SsinAndPhoneticCriteria_IgnoresTheCriteria()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var answer = await harness.Identification.IdentifyAsync(harness.Context(),
            new IdentifyPersonRequest(person.Niss, new PhoneticCriteria("Nobody", "1900-00-00", Maximum: 99)));

        answer.Persons.ShouldHaveSingleItem().SSIN.ShouldBe(person.Niss);
    }

    [Fact]
    public async Task CreateBisAsync_NewPerson_GivesAValidBisNumberOnce()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var request = new CreateKszCitizenRequest(new PersonName("Ndiaye", "Awa"), "1990-00-00", Gender.Female, 348);

        var created = await harness.Identification.CreateBisAsync(harness.Context(), request);
        var again = await harness.Identification.CreateBisAsync(harness.Context(), request with { Name = new PersonName("Ndiaie", "Awa") });

        created.Created.ShouldBeTrue();
        created.SSIN.Kind.ShouldBe(NissKind.BisSexKnown);
        created.SSIN.Gender.ShouldBe(Gender.Female);
        created.SSIN.BirthYear.ShouldBe(1990);
        again.Created.ShouldBeFalse();
        again.SSIN.ShouldBe(created.SSIN);
        (await harness.Identification.IdentifyBySsinAsync(harness.Context(), created.SSIN)).Persons.ShouldHaveSingleItem().Register.ShouldBe(RegisterType.Bis);
    }
}
