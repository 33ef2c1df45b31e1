using PrimaWeb.Workflows.Integrations.Calls;
using PrimaWeb.Workflows.Integrations.Catalog;
using PrimaWeb.Workflows.Integrations.Control;
using PrimaWeb.Workflows.Integrations.Transport;

namespace PrimaWeb.Workflows.Integrations.Investigation;

/// <summary>Flows over a period need a day of integration in common with it; the others only the consultation day.</summary>
internal sealed class InvestigationClient(FederalServiceInvoker invoker) : IInvestigationClient
{
    public Task<PerformInvestigationAnswer> PerformInvestigationAsync(FederalCallContext context, PerformInvestigationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<PerformInvestigationRequest, PerformInvestigationAnswer>(
            FederalServices.PerformInvestigation, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<RetrieveTIGroupsAnswer> RetrieveTIGroupsAsync(FederalCallContext context, RetrieveTIGroupsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<RetrieveTIGroupsRequest, RetrieveTIGroupsAnswer>(
            FederalServices.RetrieveTIGroups, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<L950Answer> ConsultPersonnelFileAsync(FederalCallContext context, L950Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<L950Request, L950Answer>(
            FederalServices.L950, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<A701Answer> ConsultEmployerAsync(FederalCallContext context, A701Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<A701Request, A701Answer>(
            FederalServices.A701, context, request, IntegrationCheck.None, cancellationToken);

    public Task<L301Answer> ConsultSelfEmployedAsync(FederalCallContext context, L301Request request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<L301Request, L301Answer>(
            FederalServices.L301, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<HealthInsuranceAnswer> ConsultHealthInsuranceAsync(FederalCallContext context, HealthInsuranceRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<HealthInsuranceRequest, HealthInsuranceAnswer>(
            FederalServices.HealthInsurance, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<AddressHistoryAnswer> ConsultAddressesAsync(FederalCallContext context, AddressHistoryRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<AddressHistoryRequest, AddressHistoryAnswer>(
            FederalServices.AddressHistory, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<WaitingRegisterAnswer> ConsultWaitingRegisterAsync(FederalCallContext context, WaitingRegisterRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<WaitingRegisterRequest, WaitingRegisterAnswer>(
            FederalServices.WaitingRegister, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<PensionCadastreAnswer> ConsultPensionCadastreAsync(FederalCallContext context, PensionCadastreRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<PensionCadastreRequest, PensionCadastreAnswer>(
            FederalServices.PensionCadastre, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<RealEstateAnswer> ConsultRealEstateAsync(FederalCallContext context, RealEstateRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<RealEstateRequest, RealEstateAnswer>(
            FederalServices.RealEstate, context, request, IntegrationCheck.Consultation(request.SSIN), cancellationToken);

    public Task<FamilyAllowancesAnswer> ConsultFamilyAllowancesAsync(FederalCallContext context, FamilyAllowancesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<FamilyAllowancesRequest, FamilyAllowancesAnswer>(
            FederalServices.FamilyAllowances, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);

    public Task<UnemploymentAnswer> ConsultUnemploymentAsync(FederalCallContext context, UnemploymentRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<UnemploymentRequest, UnemploymentAnswer>(
            FederalServices.Unemployment, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);
}
