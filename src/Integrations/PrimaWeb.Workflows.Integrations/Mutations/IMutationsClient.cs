using PrimaWeb.Workflows.Integrations.Calls;

namespace PrimaWeb.Workflows.Integrations.Mutations;

/// <summary>Reads the mutations feed (polled by a recurring job in the host).</summary>
public interface IMutationsClient
{
    Task<MutationsAnswer> GetMutationsAsync(FederalCallContext context, MutationsRequest request, CancellationToken cancellationToken = default);
}
