using PrimaWeb.Workflows.Integrations.Calls;
using PrimaWeb.Workflows.Integrations.Catalog;
using PrimaWeb.Workflows.Integrations.Control;
using PrimaWeb.Workflows.Integrations.Transport;

namespace PrimaWeb.Workflows.Integrations.Mutations;

/// <summary>The feed concerns only persons the CPAS integrated; the BCSS filters it, so no control is run here.</summary>
internal sealed class MutationsClient(FederalServiceInvoker invoker) : IMutationsClient
{
    public Task<MutationsAnswer> GetMutationsAsync(FederalCallContext context, MutationsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<MutationsRequest, MutationsAnswer>(
            FederalServices.MutationsSender, context, request, IntegrationCheck.None, cancellationToken);
}
