using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Integrations.Common;
using PrimaWeb.Workflows.Integrations.Investigation;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// Builds the fictitious population from a seed: same seed, same persons, same data, whatever the clock (ages and
/// periods are computed from a fixed reference date). Households of every kind the CPAS meets.
/// </summary>
internal sealed class PopulationGenerator(int seed, int minimumPersons, DateOnly referenceDate)
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

    private void AddPersonData(SimulatedPerson person)
    {
        var r = referenceDate;
        var start = r.AddDays(-_random.Next(200, 4000));
        switch (person.Profile)
        {
            case PersonProfile.Employee:
            case PersonProfile.Student when _random.Next(2) == 0:
                {
                    var employer = Pick(NameLists.Employers);
                    var student = person.Profile == PersonProfile.Student;
                    person.Employments.Add(new EmploymentLine(employer.EmployerNumber, employer.CompanyId, employer.Name, employer.Sector,
                        student ? "STUDENT" : (_random.Next(2) == 0 ? "WORKER" : "EMPLOYEE"), student ? 302 : 200 + _random.Next(0, 150),
                        new Period(student ? r.AddDays(-_random.Next(10, 120)) : start), student ? 20 : Pick([50m, 80m, 100m, 100m])));
                    break;
                }

            case PersonProfile.Unemployed:
                {
                    var employer = Pick(NameLists.Employers);
                    var end = r.AddDays(-_random.Next(400, 900));
                    person.Employments.Add(new EmploymentLine(employer.EmployerNumber, employer.CompanyId, employer.Name, employer.Sector,
                        "WORKER", 200, new Period(end.AddDays(-_random.Next(300, 2000)), end), 100));
                    var institution = Pick(NameLists.UnemploymentInstitutions);
                    var daily = Math.Round(45m + ((decimal)_random.NextDouble() * 30m), 2);
                    for (var month = 1; month <= 12; month++)
                    {
                        person.Unemployment.Add(new UnemploymentLine(institution, "FULL_UNEMPLOYMENT", r.Year - 1, month, daily, 22 + _random.Next(0, 5)));
                    }

                    break;
                }

            case PersonProfile.SelfEmployed:
                person.SelfEmployment.Add(new SelfEmployedAffiliation(Pick(NameLists.SelfEmployedFunds), "MAIN", new Period(start), Pick(["Coiffure", "Horeca", "Commerce de détail", "Construction", "Taxi"])));
                break;
            case PersonProfile.Pensioner:
                person.Pensions.Add(new PensionRight("SFP", "RETIREMENT", Math.Round(950m + ((decimal)_random.NextDouble() * 1300m), 2), new Period(person.BirthDate.ToDateOrFirst().AddYears(65))));
                if (person.CivilStatus == "WIDOWED")
                {
                    person.Pensions.Add(new PensionRight("SFP", "SURVIVOR", Math.Round(300m + ((decimal)_random.NextDouble() * 500m), 2), new Period(r.AddDays(-_random.Next(100, 3000)))));
                }

                if (_random.Next(4) == 0)
                {
                    person.Pensions.Add(new PensionRight("SFP", "GRAPA", Math.Round(150m + ((decimal)_random.NextDouble() * 300m), 2), new Period(r.AddDays(-_random.Next(100, 2000)))));
                }

                if (_random.Next(12) == 0)
                {
                    person.DeathDate = r.AddDays(-_random.Next(10, 300));
                }

                break;
            case PersonProfile.AsylumSeeker:
                {
                    var applied = r.AddDays(-_random.Next(30, 900));
                    var status = Pick(["PENDING", "PENDING", "RECOGNISED", "SUBSIDIARY_PROTECTION", "REFUSED_APPEAL_PENDING"]);
                    person.AsylumProcedures.Add(new AsylumProcedure(applied, "INTERNATIONAL_PROTECTION", status,
                        status == "PENDING" ? null : applied.AddDays(_random.Next(60, 400)),
                        status == "PENDING" ? string.Create(CultureInfo.InvariantCulture, $"FEDASIL-{_random.Next(100, 999)}") : null));
                    break;
                }

            default:
                break;
        }

        // Asylum seekers with a pending procedure are covered by Fedasil, not by a mutuality.
        var insured = person.Profile != PersonProfile.AsylumSeeker || person.AsylumProcedures.Any(p => p.Status != "PENDING");
        if (insured)
        {
            var mutuality = Pick(NameLists.Mutualities);
            var bim = person.Profile is PersonProfile.Unemployed or PersonProfile.AsylumSeeker
                || (person.Profile == PersonProfile.Pensioner && person.Pensions.Any(p => p.PensionType == "GRAPA"))
                || _random.Next(8) == 0;
            person.Insurability.Add(new InsurabilityPeriod(mutuality.Code, mutuality.Name,
                new Period(r.AddDays(-_random.Next(365, 5000)), person.DeathDate), person.Profile is not (PersonProfile.Child or PersonProfile.Student), bim));
        }
    }

    private void AddHouseholdData(Household household)
    {
        var adults = household.Members.Where(m => m.Profile != PersonProfile.Child).ToList();
        var children = household.Members.Where(m => m.Profile == PersonProfile.Child).ToList();
        var fund = Pick(NameLists.FamilyAllowanceFunds);
        if (children.Count > 0 && adults.Count > 0)
        {
            var allocataire = adults.FirstOrDefault(a => a.Gender == Gender.Female) ?? adults[0];
            foreach (var child in children)
            {
                var amount = Math.Round(170m + ((decimal)_random.NextDouble() * 60m), 2);
                var period = new Period(child.BirthDate.ToDateOrFirst(), child.BirthDate.ToDateOrFirst().AddYears(18).AddDays(-1));
                allocataire.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "ALLOCATAIRE", child.Niss, amount, period));
                child.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "CHILD", child.Niss, amount, period));
            }
        }

        foreach (var student in household.Members.Where(m => m.Profile == PersonProfile.Student))
        {
            var period = new Period(student.BirthDate.ToDateOrFirst(), student.BirthDate.ToDateOrFirst().AddYears(25).AddDays(-1));
            student.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "CHILD", student.Niss, Math.Round(190m + ((decimal)_random.NextDouble() * 40m), 2), period));
        }

        // OMNIO: a household with low income as a whole, granted on request to all its members.
        var omnio = household.Kind is HouseholdKind.SingleParent or HouseholdKind.Isolated && _random.Next(4) == 0;
        foreach (var member in household.Members)
        {
            member.Omnio = omnio && member.Insurability.Count > 0;
        }

        var owners = household.Kind is HouseholdKind.CoupleWithChildren or HouseholdKind.CoupleWithoutChildren or HouseholdKind.Pensioners;
        if (owners && _random.Next(5) < 2)
        {
            var parcel = string.Create(CultureInfo.InvariantCulture, $"{_random.Next(10000, 99999)}A{_random.Next(100, 999)}");
            var income = Math.Round(600m + ((decimal)_random.NextDouble() * 900m), 0);
            var owning = adults.Take(2).ToList();
            foreach (var owner in owning)
            {
                owner.Properties.Add(new PropertyRight(parcel, owner.CurrentAddress?.Municipality ?? household.Members[0].Residences[^1].Address.Municipality,
                    income, 100m / owning.Count, "FULL_OWNERSHIP", true));
            }

            if (_random.Next(6) == 0)
            {
                owning[0].Properties.Add(new PropertyRight(
                    string.Create(CultureInfo.InvariantCulture, $"{_random.Next(10000, 99999)}B{_random.Next(100, 999)}"),
                    Pick(NameLists.Municipalities).Municipality, Math.Round(400m + ((decimal)_random.NextDouble() * 800m), 0), 100m, "FULL_OWNERSHIP", false));
            }
        }
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
