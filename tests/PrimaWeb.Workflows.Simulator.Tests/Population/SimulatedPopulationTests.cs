using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Simulator.Tests.Population;

public sealed class SimulatedPopulationTests
{
    private static readonly DateOnly Reference = new(2026, 1, 1);
    private static readonly SimulatedPopulation Population = SimulatedPopulation.Generate(651965, 320, Reference);

    [Fact]
    public void Generate_DefaultSize_HasAtLeast300PersonsInHouseholds()
    {
        Population.Count.ShouldBeGreaterThanOrEqualTo(300);
        Population.Households.Sum(h => h.Members.Count).ShouldBe(Population.Count);
        Population.Households.ShouldAllBe(h => h.Members.Count > 0);
    }

    [Fact]
    public void Generate_EveryNiss_IsValidUniqueAndCarriesTheBirthDateAndSex()
    {
        var numbers = Population.Persons.Select(p => p.Niss.Value).ToList();

        numbers.ShouldBeUnique();
        foreach (var person in Population.Persons)
        {
            var reparsed = Niss.Parse(person.Niss.Value, CultureInfo.InvariantCulture);
            reparsed.BirthYear.ShouldBe(person.BirthDate.Year);
            reparsed.Gender.ShouldBe(person.Gender);
            if (person.BirthDate.IsComplete)
            {
                reparsed.BirthDate.ShouldBe(person.BirthDate.ToDateOrFirst());
            }

            reparsed.IsBis.ShouldBe(person.Register == RegisterType.Bis);
        }
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSamePopulation()
    {
        var again = SimulatedPopulation.Generate(651965, 320, Reference);

        again.Persons.Select(p => (p.Niss, p.Name, p.Profile)).ShouldBe(Population.Persons.Select(p => (p.Niss, p.Name, p.Profile)));
    }

    [Fact]
    public void Generate_OtherSeed_GivesAnotherPopulation()
    {
        var other = SimulatedPopulation.Generate(42, 320, Reference);

        other.Persons.Select(p => p.Niss).Intersect(Population.Persons.Select(p => p.Niss)).Count().ShouldBeLessThan(10);
    }

    [Fact]
    public void Generate_EveryKindOfHouseholdAndSituation_IsPresent()
    {
        Population.Households.Select(h => h.Kind).Distinct().Count().ShouldBe(Enum.GetValues<HouseholdKind>().Length);
        Population.Persons.Select(p => p.Profile).Distinct().Count().ShouldBe(Enum.GetValues<PersonProfile>().Length);
        Population.Persons.ShouldContain(p => p.Register == RegisterType.Waiting && !p.Niss.IsBis);
        Population.Persons.ShouldContain(p => p.Register == RegisterType.Bis && p.Niss.IsBis);
        Population.Persons.ShouldContain(p => p.Insurability.Any(i => i.IncreasedReimbursement));
        Population.Persons.ShouldContain(p => p.Omnio);
        Population.Persons.ShouldContain(p => !p.BirthDate.IsComplete);
    }

    [Fact]
    public void Generate_EveryFlow_HasDataForSomePerson()
    {
        Population.Persons.ShouldContain(p => p.Employments.Count > 0);
        Population.Persons.ShouldContain(p => p.SelfEmployment.Count > 0);
        Population.Persons.ShouldContain(p => p.Pensions.Count > 0);
        Population.Persons.ShouldContain(p => p.Properties.Any(r => !r.IsOwnDwelling));
        Population.Persons.ShouldContain(p => p.FamilyAllowances.Count > 0);
        Population.Persons.ShouldContain(p => p.Unemployment.Count > 0);
        Population.Persons.ShouldContain(p => p.AsylumProcedures.Count > 0);
        Population.Persons.ShouldAllBe(p => p.Residences.Count > 0);
    }

    [Fact]
    public void Search_VariantOfAFamilyName_FindsThePersonByBirthDate()
    {
        var target = Population.Persons.First(p => p.Name.LastName is "Claes" or "Claeys" or "Klaas" && p.BirthDate.IsComplete);

        var found = Population.Search(new PhoneticCriteria("Klaes", target.BirthDate.ToString()));

        found.ShouldContain(target);
    }

    [Fact]
    public void CreateBis_UnknownDayAndMonth_GivesBisWithZeroes()
    {
        var population = SimulatedPopulation.Generate(7, 10, Reference);

        var (person, created) = population.CreateBis(new CreateKszCitizenRequest(new PersonName("Sultani", "Omid"), "1988-00-00", Gender.Male, 212), Reference);

        created.ShouldBeTrue();
        person.Niss.Value[..6].ShouldBe("884000");
        person.Niss.Kind.ShouldBe(NissKind.BisSexKnown);
        population.Find(person.Niss).ShouldBeSameAs(person);
    }
}
