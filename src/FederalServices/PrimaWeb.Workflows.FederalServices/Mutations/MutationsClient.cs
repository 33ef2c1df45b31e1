using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Mutations;

/// <summary>The feed concerns only persons the CPAS integrated; the BCSS filters it, so no control is run here.</summary>
internal sealed class MutationsClient(FederalServiceInvoker invoker) : IMutationsClient
{
    public Task<MutationsAnswer> GetMutationsAsync(FederalCallContext context, MutationsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<MutationsRequest, MutationsAnswer>(
            ServiceCatalog.MutationsSender, context, request, IntegrationCheck.None, cancellationToken);
}
