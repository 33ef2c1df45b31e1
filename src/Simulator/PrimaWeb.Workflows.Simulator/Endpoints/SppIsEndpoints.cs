using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>
/// The SPP-IS forms. A form about an unknown person is refused at once (MSG00005); everything else is received and
/// answered later, refused with reasons when inconsistent (not integrated, overlapping grant, second F…).
/// </summary>
internal static class SppIsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<RegistreAttestRequest>(ServiceCatalog.RegistreAttest, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveRegistreAttest(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<StopAttestRequest>(ServiceCatalog.StopAttest, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveStopAttest(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<RegisterRecoveredAmountRequest>(ServiceCatalog.RegisterRecoveredAmount, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveRecoveredAmount(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<Loi65ABRequest>(ServiceCatalog.Wet65Loi65AB, (state, caller, form) =>
            Receive(state, form.FormA?.MainBeneficiary ?? form.FormB?.SSIN, () => state.SppIs.ReceiveLoi65AB(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<Loi65CRequest>(ServiceCatalog.Wet65Loi65C, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveLoi65C(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<Loi65DFRequest>(ServiceCatalog.Wet65Loi65DF, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveLoi65DF(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<OrganicLawRequest>(ServiceCatalog.OrganicLaw, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveOrganicLaw(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<A036Request>(ServiceCatalog.A036, (state, caller, form) =>
            Receive(state, form.SSIN, () => state.SppIs.ReceiveA036(caller.Cpas!, form, state.Today(), state.Time.GetUtcNow())));
        app.MapService<ListOfAttestationRequest>(ServiceCatalog.ListOfAttestation, (state, caller, request) =>
        {
            if (request.SSIN is { } ssin && Guards.Consultation(state, caller, ssin, null, out _) is { } refused)
            {
                return refused;
            }

            var answers = state.SppIs.List(caller.Cpas!, request, state.Time.GetUtcNow());
            return Guards.Found(new ListOfAttestationAnswer(answers), answers.Count > 0);
        });
    }

    private static Reply Receive(SimulatorState state, Niss? person, Func<FormReceipt> receive)
    {
        if (person is not { } ssin)
        {
            return Reply.Invalid(new FederalServices.Transport.ReplyDetail("SSIN", "The form names no beneficiary."));
        }

        return state.Population.Find(ssin) is null ? Reply.UnknownSsin(ssin) : Reply.Ok(receive());
    }
}
