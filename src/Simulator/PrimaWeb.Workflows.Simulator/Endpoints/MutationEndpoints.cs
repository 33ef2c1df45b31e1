using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Mutations;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>MutationsSender: changes of the persons the calling CPAS had integrated on the change's date (or has today).</summary>
internal static class MutationEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapService<MutationsRequest>(ServiceCatalog.MutationsSender, (state, caller, request) =>
        {
            var cpas = caller.Cpas!;
            var today = state.Today();
            var mutations = state.Mutations.Read(request.AfterSequence, request.Maximum, m =>
                state.Register.IsIntegrated(cpas, m.SSIN, m.EffectiveDate) || state.Register.IsIntegrated(cpas, m.SSIN, today));
            var last = mutations.Count > 0 ? mutations[^1].Sequence : request.AfterSequence;
            return Guards.Found(new MutationsAnswer(mutations, last), mutations.Count > 0);
        });
}
