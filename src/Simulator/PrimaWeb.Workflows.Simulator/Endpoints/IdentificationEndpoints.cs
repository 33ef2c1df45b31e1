using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>OCMWCPASIdentifyPerson and ManagerPerson.createKSZCitizen.</summary>
internal static class IdentificationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<IdentifyPersonRequest>(ServiceCatalog.IdentifyPerson, Identify);
        app.MapService<CreateKszCitizenRequest>(ServiceCatalog.CreateKszCitizen, (state, caller, request) =>
        {
            if (!FederalServices.Common.IncompleteDate.TryParse(request.BirthDate, out _))
            {
                return Reply.Invalid(new ReplyDetail("BirthDate", "BirthDate must be yyyy-MM-dd with 00 for unknown parts."));
            }

            if (string.IsNullOrWhiteSpace(request.Name.LastName))
            {
                return Reply.Invalid(new ReplyDetail("Name.LastName", "LastName is required."));
            }

            var (person, created) = state.Population.CreateBis(request, state.Today());
            return Reply.Ok(new CreateKszCitizenAnswer(person.Niss, created));
        });
    }

    private static Reply Identify(SimulatorState state, Caller caller, IdentifyPersonRequest request)
    {
        // B-19: with an SSIN the phonetic criteria are ignored.
        if (request.SSIN is { } ssin)
        {
            var person = state.Population.Find(ssin);
            if (person is null)
            {
                return Reply.UnknownSsin(ssin);
            }

            var verified = request.VerificationData is { } verification ? Verify(person, verification) : (bool?)null;
            return Reply.Ok(new IdentifyPersonAnswer([person.ToNaturalPerson()], verified));
        }

        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return Reply.Invalid([.. errors]);
        }

        var found = state.Population.Search(request.PhoneticCriteria!);
        var answer = new IdentifyPersonAnswer([.. found.Select(p => p.ToNaturalPerson())]);
        return Guards.Found(answer, found.Count > 0);
    }

    /// <summary>VerificationData: one element matching exactly suffices.</summary>
    private static bool Verify(SimulatedPerson person, VerificationData data) =>
        data.SisCardNumber == person.SisCardNumber
        || data.IdCardNumber == person.IdCardNumber
        || (data.PersonData is { } pd
            && string.Equals(pd.LastName, person.Name.LastName, StringComparison.OrdinalIgnoreCase)
            && (pd.FirstName is null || string.Equals(pd.FirstName, person.Name.FirstName, StringComparison.OrdinalIgnoreCase))
            && (pd.BirthDate is null || pd.BirthDate == person.BirthDate.ToString()));
}
