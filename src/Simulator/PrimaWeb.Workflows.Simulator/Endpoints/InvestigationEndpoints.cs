using System.Globalization;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>The National Register (PerformInvestigation, transaction 25) and the data flows of the social inquiry.</summary>
internal static class InvestigationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<PerformInvestigationRequest>(ServiceCatalog.PerformInvestigation, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, null, out var person) is { } refused)
            {
                return refused;
            }

            var household = state.Population.HouseholdOf(person).Members
                .Select(m => new HouseholdMember(m.Niss, m.Name, m.HouseholdRole)).ToList();
            var answer = new PerformInvestigationAnswer(person.ToNaturalPerson(), person.BirthPlace, person.CivilStatus, household);
            return person.DeathDate is null
                ? Reply.Ok(answer)
                : new Reply(new ReplyStatus(BcssStatusCodes.PersonDeceased, "PERSON_DECEASED"), answer);
        });

        app.MapService<RetrieveTIGroupsRequest>(ServiceCatalog.RetrieveTIGroups, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, null, out var person)
            ?? Reply.Ok(new RetrieveTIGroupsAnswer(request.SSIN, Groups(state, person, request.History))));

        app.MapService<L950Request>(ServiceCatalog.L950, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Employments.Where(e => e.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new L950Answer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<A701Request>(ServiceCatalog.A701, (_, _, request) =>
        {
            var employer = NameLists.Employers.FirstOrDefault(e => e.EmployerNumber == request.EmployerNumber);
            if (employer.EmployerNumber is null)
            {
                return new Reply(new ReplyStatus(BcssStatusCodes.NoDataFound, $"No employer {request.EmployerNumber}"), null);
            }

            var address = new Address("Rue de l'Industrie", "10", null, "1000", "Bruxelles");
            return Reply.Ok(new A701Answer(employer.EmployerNumber, employer.CompanyId, employer.Name, address, employer.Nace, employer.Sector));
        });

        app.MapService<L301Request>(ServiceCatalog.L301, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.SelfEmployment.Where(e => e.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new L301Answer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<HealthInsuranceRequest>(ServiceCatalog.HealthInsurance, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Insurability.Where(e => e.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new HealthInsuranceAnswer(request.SSIN, lines), lines.Count > 0);
        });

        FlowEndpoints.Map(app);
    }

    private static List<InformationTypeGroup> Groups(SimulatorState state, SimulatedPerson person, bool history)
    {
        var groups = new List<InformationTypeGroup>();
        var residences = history ? person.Residences.AsEnumerable().Reverse() : person.Residences.Where(r => r.Period.EndDate is null);
        foreach (var residence in residences)
        {
            groups.Add(new InformationTypeGroup("IT001", "Résidence principale", residence.Period.StartDate, new Dictionary<string, string>
            {
                ["StreetName"] = residence.Address.Street,
                ["HouseNumber"] = residence.Address.HouseNumber,
                ["PostalCode"] = residence.Address.PostalCode,
                ["Municipality"] = residence.Address.Municipality,
            }));
        }

        groups.Add(new InformationTypeGroup("IT031", "Nationalité", null, new Dictionary<string, string>
        {
            ["NationalityCode"] = person.NationalityCode.ToString(CultureInfo.InvariantCulture),
        }));
        groups.Add(new InformationTypeGroup("IT120", "État civil", null, new Dictionary<string, string> { ["CivilStatus"] = person.CivilStatus }));
        var household = state.Population.HouseholdOf(person);
        groups.Add(new InformationTypeGroup("IT140", "Composition de ménage", null,
            household.Members.ToDictionary(m => m.Niss.Value, m => m.HouseholdRole)));
        if (person.DeathDate is { } death)
        {
            groups.Add(new InformationTypeGroup("IT150", "Décès", death, new Dictionary<string, string>()));
        }

        groups.Add(new InformationTypeGroup("IT210", "Type de registre", null, new Dictionary<string, string> { ["Register"] = person.Register.ToString() }));
        return groups;
    }
}
