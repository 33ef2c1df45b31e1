using PrimaWeb.Workflows.FederalServices.Calls;

namespace PrimaWeb.Workflows.FederalServices.Mutations;

/// <summary>Reads the mutations feed (polled by a recurring job in the host).</summary>
public interface IMutationsClient
{
    Task<MutationsAnswer> GetMutationsAsync(FederalCallContext context, MutationsRequest request, CancellationToken cancellationToken = default);
}
