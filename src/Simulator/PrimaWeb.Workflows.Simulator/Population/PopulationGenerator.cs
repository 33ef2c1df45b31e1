using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// Builds the fictitious population from a seed: same seed, same persons, same data, whatever the clock (ages and
/// periods are computed from a fixed reference date). Households of every kind the CPAS meets.
/// </summary>
internal sealed partial class PopulationGenerator(int seed, int minimumPersons, DateOnly referenceDate)
{
    private static readonly (HouseholdKind Kind, int Weight)[] KindWeights =
    [
        (HouseholdKind.CoupleWithChildren, 20), (HouseholdKind.CoupleWithoutChildren, 10), (HouseholdKind.SingleParent, 15),
        (HouseholdKind.Isolated, 18), (HouseholdKind.Cohabitants, 8), (HouseholdKind.Student, 8),
        (HouseholdKind.Pensioners, 11), (HouseholdKind.AsylumSeekers, 10),
    ];

    private readonly Random _random = new(seed);
    private readonly NissFactory _niss = new();

    public SimulatedPopulation Generate()
    {
        var households = new List<Household>();
        var persons = 0;
        var kinds = KindWeights.Select(k => k.Kind).ToArray();
        while (persons < minimumPersons)
        {
            // Every kind appears at least once before weights decide, so even a small population is varied.
            var kind = households.Count < kinds.Length ? kinds[households.Count] : PickKind();
            var household = BuildHousehold(households.Count + 1, kind);
            households.Add(household);
            persons += household.Members.Count;
        }

        return new SimulatedPopulation(households, _niss);
    }

    private HouseholdKind PickKind()
    {
        var roll = _random.Next(KindWeights.Sum(k => k.Weight));
        foreach (var (kind, weight) in KindWeights)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        return HouseholdKind.Isolated;
    }

    private Household BuildHousehold(int id, HouseholdKind kind)
    {
        var household = new Household(id, kind);
        var foreign = kind == HouseholdKind.AsylumSeekers;
        var familyName = Pick(foreign ? NameLists.ForeignFamilyNames : NameLists.BelgianFamilyNames);
        var address = NewAddress();
        var since = referenceDate.AddDays(-_random.Next(30, 3000));

        switch (kind)
        {
            case HouseholdKind.CoupleWithChildren:
            case HouseholdKind.CoupleWithoutChildren:
                {
                    var civil = _random.Next(3) == 0 ? "LEGAL_COHABITATION" : "MARRIED";
                    var age = _random.Next(25, 55);
                    Add(household, familyName, Gender.Male, age, RandomWorker(), "REFERENCE", civil);
                    Add(household, _random.Next(3) == 0 ? familyName : Pick(NameLists.BelgianFamilyNames), Gender.Female,
                        age + _random.Next(-4, 4), RandomWorker(), "PARTNER", civil);
                    if (kind == HouseholdKind.CoupleWithChildren)
                    {
                        AddChildren(household, familyName, 1 + _random.Next(3));
                    }

                    break;
                }

            case HouseholdKind.SingleParent:
                {
                    var gender = _random.Next(5) == 0 ? Gender.Male : Gender.Female;
                    Add(household, familyName, gender, _random.Next(22, 45),
                        _random.Next(3) == 0 ? PersonProfile.Employee : PersonProfile.Unemployed, "REFERENCE", "DIVORCED");
                    AddChildren(household, familyName, 1 + _random.Next(3));
                    break;
                }

            case HouseholdKind.Isolated:
                Add(household, familyName, RandomGender(), _random.Next(20, 64), RandomWorker(), "REFERENCE", "SINGLE");
                break;
            case HouseholdKind.Cohabitants:
                Add(household, familyName, RandomGender(), _random.Next(20, 40), RandomWorker(), "REFERENCE", "SINGLE");
                for (var i = 1 + _random.Next(2); i > 0; i--)
                {
                    Add(household, Pick(NameLists.BelgianFamilyNames), RandomGender(), _random.Next(20, 40), RandomWorker(), "COHABITANT", "SINGLE");
                }

                break;
            case HouseholdKind.Student:
                Add(household, familyName, RandomGender(), _random.Next(18, 25), PersonProfile.Student, "REFERENCE", "SINGLE");
                break;
            case HouseholdKind.Pensioners:
                {
                    var couple = _random.Next(2) == 0;
                    var civil = couple ? "MARRIED" : "WIDOWED";
                    var age = _random.Next(66, 90);
                    Add(household, familyName, couple ? Gender.Male : RandomGender(), age, PersonProfile.Pensioner, "REFERENCE", civil);
                    if (couple)
                    {
                        Add(household, Pick(NameLists.BelgianFamilyNames), Gender.Female, age - _random.Next(0, 5), PersonProfile.Pensioner, "PARTNER", civil);
                    }

                    break;
                }

            case HouseholdKind.AsylumSeekers:
                {
                    var size = 1 + _random.Next(4);
                    Add(household, familyName, RandomGender(), _random.Next(20, 45), PersonProfile.AsylumSeeker, "REFERENCE", size > 1 ? "MARRIED" : "SINGLE");
                    if (size > 1)
                    {
                        Add(household, familyName, household.Members[0].Gender == Gender.Male ? Gender.Female : Gender.Male,
                            _random.Next(20, 45), PersonProfile.AsylumSeeker, "PARTNER", "MARRIED");
                    }

                    AddChildren(household, familyName, Math.Max(0, size - 2));
                    break;
                }
        }

        foreach (var member in household.Members)
        {
            member.Residences.Add(new ResidenceLine(address, new Period(since)));
            if (_random.Next(2) == 0)
            {
                member.Residences.Insert(0, new ResidenceLine(NewAddress(), new Period(since.AddDays(-_random.Next(200, 2000)), since.AddDays(-1))));
            }
        }

        AddHouseholdData(household);
        return household;
    }

    private void AddChildren(Household household, string familyName, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Add(household, familyName, RandomGender(), _random.Next(0, 18), PersonProfile.Child, "CHILD", "SINGLE");
        }
    }

    private void Add(Household household, string familyName, Gender gender, int age, PersonProfile profile, string role, string civilStatus)
    {
        var asylum = profile == PersonProfile.AsylumSeeker || (household.Kind == HouseholdKind.AsylumSeekers && profile == PersonProfile.Child);
        var birth = referenceDate.AddYears(-age).AddDays(-_random.Next(1, 365));
        var birthDate = IncompleteDate.From(birth);
        var bis = asylum && _random.Next(2) == 0;
        if (bis && profile == PersonProfile.AsylumSeeker && _random.Next(3) == 0)
        {
            // Some refugees have only a year of birth: the BIS number then carries 00 for month and day.
            birthDate = new IncompleteDate(birth.Year, 0, 0);
        }

        var person = new SimulatedPerson
        {
            Niss = _niss.Next(birthDate, gender, bis, _random.Next(1, 998)),
            Name = new PersonName(familyName, Pick(gender == Gender.Female ? NameLists.FemaleFirstNames : NameLists.MaleFirstNames)),
            BirthDate = birthDate,
            Gender = gender,
            NationalityCode = asylum ? 200 + _random.Next(0, 400) : (_random.Next(10) == 0 ? 111 : 150),
            BirthPlace = asylum ? "Étranger" : Pick(NameLists.Municipalities).Municipality,
            Register = asylum ? (bis ? RegisterType.Bis : RegisterType.Waiting) : RegisterType.Population,
            CivilStatus = civilStatus,
            HouseholdId = household.Id,
            HouseholdRole = role,
            Profile = profile,
            SisCardNumber = Digits(10),
            IdCardNumber = Digits(12),
        };
        AddPersonData(person);
        household.Members.Add(person);
    }

    private Address NewAddress()
    {
        var (postalCode, municipality) = Pick(NameLists.Municipalities);
        return new Address(Pick(NameLists.Streets), _random.Next(1, 250).ToString(CultureInfo.InvariantCulture),
            _random.Next(4) == 0 ? _random.Next(1, 20).ToString(CultureInfo.InvariantCulture) : null, postalCode, municipality);
    }

    private PersonProfile RandomWorker() => _random.Next(10) switch
    {
        < 4 => PersonProfile.Employee,
        < 7 => PersonProfile.Unemployed,
        < 8 => PersonProfile.SelfEmployed,
        _ => PersonProfile.Inactive,
    };

    private Gender RandomGender() => _random.Next(2) == 0 ? Gender.Male : Gender.Female;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + _random.Next(10))));
}
