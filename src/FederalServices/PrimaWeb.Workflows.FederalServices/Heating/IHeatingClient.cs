using PrimaWeb.Workflows.FederalServices.Calls;

namespace PrimaWeb.Workflows.FederalServices.Heating;

/// <summary>The heating allowance services of the Fund's database (Smals helpdesk).</summary>
public interface IHeatingClient
{
    Task<RvvBimOmnioStatusAnswer> CheckBimOmnioStatusAsync(FederalCallContext context, RvvBimOmnioStatusRequest request, CancellationToken cancellationToken = default);

    Task<ConsultAllocationAnswer> ConsultAllocationAsync(FederalCallContext context, ConsultAllocationRequest request, CancellationToken cancellationToken = default);

    Task<HeatingAllocationAnswer> ComputeAllocationAsync(FederalCallContext context, HeatingAllocationRequest request, CancellationToken cancellationToken = default);

    Task<HeatingAllocationAnswer> SaveAllocationAsync(FederalCallContext context, HeatingAllocationRequest request, CancellationToken cancellationToken = default);
}
