using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Heating;

/// <summary>Compute and save follow the heating rule (all beneficiaries on the sending day and a day of the heating period).</summary>
internal sealed class HeatingClient(FederalServiceInvoker invoker) : IHeatingClient
{
    public Task<RvvBimOmnioStatusAnswer> CheckBimOmnioStatusAsync(FederalCallContext context, RvvBimOmnioStatusRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<RvvBimOmnioStatusRequest, RvvBimOmnioStatusAnswer>(
            ServiceCatalog.RvvBimOmnioStatus, context, request,
            IntegrationCheck.Consultation(request.SSIN, new Period(request.ReferenceDate, request.ReferenceDate)), cancellationToken);

    public Task<ConsultAllocationAnswer> ConsultAllocationAsync(FederalCallContext context, ConsultAllocationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ConsultAllocationRequest, ConsultAllocationAnswer>(
            ServiceCatalog.HeatingAllocationConsultAllocation, context, request,
            IntegrationCheck.Consultation(request.SSIN, Period.Year(request.HeatingPeriod)), cancellationToken);

    public Task<HeatingAllocationAnswer> ComputeAllocationAsync(FederalCallContext context, HeatingAllocationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<HeatingAllocationRequest, HeatingAllocationAnswer>(
            ServiceCatalog.ComputeAllocation, context, request, Requirement(request), cancellationToken);

    public Task<HeatingAllocationAnswer> SaveAllocationAsync(FederalCallContext context, HeatingAllocationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<HeatingAllocationRequest, HeatingAllocationAnswer>(
            ServiceCatalog.SaveAllocation, context, request, Requirement(request), cancellationToken);

    private static IntegrationCheck Requirement(HeatingAllocationRequest request) =>
        IntegrationCheck.Heating(Period.Year(request.HeatingPeriod), [request.MainBeneficiary, .. request.SecondaryBeneficiaries]);
}
