using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>The population the simulated registers hold: lookup by NISS, phonetic search, BIS creation.</summary>
public sealed class SimulatedPopulation
{
    private readonly List<Household> _households;
    private readonly Dictionary<Niss, SimulatedPerson> _byNiss;
    private readonly NissFactory _niss;

    internal SimulatedPopulation(List<Household> households, NissFactory niss)
    {
        _households = households;
        _niss = niss;
        _byNiss = households.SelectMany(h => h.Members).ToDictionary(p => p.Niss);
    }

    public IReadOnlyList<Household> Households => _households;

    public IEnumerable<SimulatedPerson> Persons => _households.SelectMany(h => h.Members);

    public int Count => _byNiss.Count;

    public static SimulatedPopulation Generate(int seed, int minimumPersons, DateOnly referenceDate) =>
        new PopulationGenerator(seed, minimumPersons, referenceDate).Generate();

    /// <summary>Adds a household written out elsewhere (the demo's); a NISS the population already holds is refused.</summary>
    public void Add(Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (household.Members.FirstOrDefault(m => _byNiss.ContainsKey(m.Niss)) is { } taken)
        {
            throw new InvalidOperationException($"The population already holds a person with NISS {taken.Niss}.");
        }

        foreach (var member in household.Members)
        {
            _niss.Reserve(member.Niss);
            _byNiss[member.Niss] = member;
        }

        _households.Add(household);
    }

    public SimulatedPerson? Find(Niss niss) => _byNiss.GetValueOrDefault(niss);

    public Household HouseholdOf(SimulatedPerson person) => _households.First(h => h.Id == person.HouseholdId);

    /// <summary>
    /// Phonetic search: same phonetic key of the last name, birth date within the tolerance, then the optional gender
    /// and first name (whose key must start the person's first-name key, so "Jean" finds "Jean-Pierre").
    /// </summary>
    public IReadOnlyList<SimulatedPerson> Search(PhoneticCriteria criteria)
    {
        if (!IncompleteDate.TryParse(criteria.BirthDate, out var birth))
        {
            return [];
        }

        var key = PhoneticKey.Of(criteria.LastName);
        var firstKey = criteria.FirstName is { Length: > 0 } first ? PhoneticKey.Of(first) : null;
        var tolerance = criteria.Tolerance ?? 0;
        return
        [
            .. Persons
                .Where(p => PhoneticKey.Of(p.Name.LastName) == key)
                .Where(p => BirthMatches(p.BirthDate, birth, tolerance))
                .Where(p => criteria.Gender is null or Gender.Unknown || p.Gender == criteria.Gender)
                .Where(p => firstKey is null || PhoneticKey.Of(p.Name.FirstName).StartsWith(firstKey, StringComparison.Ordinal))
                .OrderBy(p => p.Name.LastName, StringComparer.Ordinal)
                .ThenBy(p => p.Name.FirstName, StringComparer.Ordinal)
                .Take(criteria.Maximum ?? PhoneticCriteria.MaximumResults),
        ];
    }

    /// <summary>
    /// Creates a BIS number, unless a person with the same phonetic names and birth date is already in the BIS
    /// register (then that number is returned, as the BCSS identification cell would do).
    /// </summary>
    public (SimulatedPerson Person, bool Created) CreateBis(CreateKszCitizenRequest request, DateOnly today)
    {
        if (!IncompleteDate.TryParse(request.BirthDate, out var birth))
        {
            throw new ArgumentException("BirthDate must be yyyy-MM-dd with 00 for unknown parts.", nameof(request));
        }

        var existing = Persons.FirstOrDefault(p =>
            p.Register == RegisterType.Bis
            && p.BirthDate == birth
            && PhoneticKey.Of(p.Name.LastName) == PhoneticKey.Of(request.Name.LastName)
            && PhoneticKey.Of(p.Name.FirstName) == PhoneticKey.Of(request.Name.FirstName));
        if (existing is not null)
        {
            return (existing, false);
        }

        var household = new Household(_households.Count + 1, HouseholdKind.Isolated);
        var person = new SimulatedPerson
        {
            Niss = _niss.Next(birth, request.Gender, bis: true, firstSequence: 1),
            Name = request.Name,
            BirthDate = birth,
            Gender = request.Gender,
            NationalityCode = request.NationalityCode,
            BirthPlace = request.BirthPlace ?? "Étranger",
            Register = RegisterType.Bis,
            CivilStatus = "UNKNOWN",
            HouseholdId = household.Id,
            HouseholdRole = "REFERENCE",
            Profile = PersonProfile.Inactive,
            SisCardNumber = "0000000000",
            IdCardNumber = "000000000000",
        };
        if (request.Address is { } address)
        {
            person.Residences.Add(new FederalServices.Investigation.ResidenceLine(address, new Period(today)));
        }

        household.Members.Add(person);
        _households.Add(household);
        _byNiss[person.Niss] = person;
        return (person, true);
    }

    private static bool BirthMatches(IncompleteDate personBirth, IncompleteDate criterion, int tolerance) =>
        personBirth.IsComplete
            ? criterion.Matches(personBirth.ToDateOrFirst(), tolerance)
            : Math.Abs(personBirth.Year - criterion.Year) <= (criterion.Month == 0 ? tolerance : 0);
}
