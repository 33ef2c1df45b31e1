using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>OCMWCPASManageAccess and ReferenceManager.Consult on the simulated reference directory.</summary>
internal static class AccessEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<ManageAccessRequest>(ServiceCatalog.ManageAccess, ManageAccess);
        app.MapService<ReferenceConsultRequest>(ServiceCatalog.ReferenceManagerConsult, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, request.Period, out _)
            ?? Reply.Ok(new ReferenceConsultAnswer(request.SSIN,
                [.. state.Register.AllLinesOf(request.SSIN).Where(l => Guards.Overlaps(l.Period, request.Period))])));
    }

    private static Reply ManageAccess(SimulatorState state, Caller caller, ManageAccessRequest request)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return Reply.Invalid([.. errors]);
        }

        var person = state.Population.Find(request.SSIN);
        if (person is null)
        {
            return Reply.UnknownSsin(request.SSIN);
        }

        // Without a matching proof the (un)registration is not executed (bcss-integrations.md §4).
        if (!ProofMatches(person, request.ProofOfAuthentication!))
        {
            return Reply.Invalid(new ReplyDetail("ProofOfAuthentication", "No proof element matches the person."));
        }

        var cpas = caller.Cpas!;
        switch (request.Action)
        {
            case ManageAccessAction.REGISTER:
                {
                    var (_, refusal) = state.Register.Register(cpas, request.SSIN, request.Purpose!.Value, request.Period!);
                    if (refusal is not null)
                    {
                        return Reply.Invalid(new ReplyDetail("Period.EndDate", refusal));
                    }

                    break;
                }

            case ManageAccessAction.UNREGISTER:
                state.Register.Unregister(cpas, request.SSIN, request.Purpose!.Value, request.Period!.StartDate);
                break;
            default:
                break;
        }

        return Reply.Ok(new ManageAccessAnswer(request.SSIN, request.Action, state.Register.LinesOf(cpas, request.SSIN)));
    }

    private static bool ProofMatches(SimulatedPerson person, ProofOfAuthentication proof) =>
        proof.SisCardNumber == person.SisCardNumber
        || proof.IdCardNumber == person.IdCardNumber
        || (proof.PersonData is { } data
            && string.Equals(data.LastName, person.Name.LastName, StringComparison.OrdinalIgnoreCase)
            && (data.BirthDate is null || data.BirthDate == person.BirthDate.ToString()));
}
