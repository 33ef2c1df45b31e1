using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>Flows over a period need a day of integration in common with it; the others only the consultation day.</summary>
internal sealed class InvestigationClient(FederalServiceInvoker invoker) : IInvestigationClient
{
    public Task<PerformInvestigationAnswer> PerformInvestigationAsync(FederalCallContext context, PerformInvestigationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<PerformInvestigationRequest, PerformInvestigationAnswer>(
            ServiceCatalog.PerformInvestigation, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<RetrieveTIGroupsAnswer> RetrieveTIGroupsAsync(FederalCallContext context, RetrieveTIGroupsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<RetrieveTIGroupsRequest, RetrieveTIGroupsAnswer>(
            ServiceCatalog.RetrieveTIGroups, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<L950Answer> ConsultPersonnelFileAsync(FederalCallContext context, L950Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<L950Request, L950Answer>(
            ServiceCatalog.L950, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<A701Answer> ConsultEmployerAsync(FederalCallContext context, A701Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<A701Request, A701Answer>(
            ServiceCatalog.A701, context, request, IntegrationCheck.None, cancellationToken);

    public Task<L301Answer> ConsultSelfEmployedAsync(FederalCallContext context, L301Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<L301Request, L301Answer>(
            ServiceCatalog.L301, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<HealthInsuranceAnswer> ConsultHealthInsuranceAsync(FederalCallContext context, HealthInsuranceRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<HealthInsuranceRequest, HealthInsuranceAnswer>(
            ServiceCatalog.HealthInsurance, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<AddressHistoryAnswer> ConsultAddressesAsync(FederalCallContext context, AddressHistoryRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<AddressHistoryRequest, AddressHistoryAnswer>(
            ServiceCatalog.AddressHistory, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<WaitingRegisterAnswer> ConsultWaitingRegisterAsync(FederalCallContext context, WaitingRegisterRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<WaitingRegisterRequest, WaitingRegisterAnswer>(
            ServiceCatalog.WaitingRegister, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<PensionCadastreAnswer> ConsultPensionCadastreAsync(FederalCallContext context, PensionCadastreRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<PensionCadastreRequest, PensionCadastreAnswer>(
            ServiceCatalog.PensionCadastre, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<RealEstateAnswer> ConsultRealEstateAsync(FederalCallContext context, RealEstateRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<RealEstateRequest, RealEstateAnswer>(
            ServiceCatalog.RealEstate, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<FamilyAllowancesAnswer> ConsultFamilyAllowancesAsync(FederalCallContext context, FamilyAllowancesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<FamilyAllowancesRequest, FamilyAllowancesAnswer>(
            ServiceCatalog.FamilyAllowances, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<UnemploymentAnswer> ConsultUnemploymentAsync(FederalCallContext context, UnemploymentRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<UnemploymentRequest, UnemploymentAnswer>(
            ServiceCatalog.Unemployment, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);
}
