using PrimaWeb.Workflows.FederalServices.Calls;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>The data flows of the social inquiry. Each consulted person must be integrated (code 1 at least).</summary>
public interface IInvestigationClient
{
    Task<PerformInvestigationAnswer> PerformInvestigationAsync(FederalCallContext context, PerformInvestigationRequest request, CancellationToken cancellationToken = default);

    Task<RetrieveTIGroupsAnswer> RetrieveTIGroupsAsync(FederalCallContext context, RetrieveTIGroupsRequest request, CancellationToken cancellationToken = default);

    Task<L950Answer> ConsultPersonnelFileAsync(FederalCallContext context, L950Request request, CancellationToken cancellationToken = default);

    Task<A701Answer> ConsultEmployerAsync(FederalCallContext context, A701Request request, CancellationToken cancellationToken = default);

    Task<L301Answer> ConsultSelfEmployedAsync(FederalCallContext context, L301Request request, CancellationToken cancellationToken = default);

    Task<HealthInsuranceAnswer> ConsultHealthInsuranceAsync(FederalCallContext context, HealthInsuranceRequest request, CancellationToken cancellationToken = default);

    Task<AddressHistoryAnswer> ConsultAddressesAsync(FederalCallContext context, AddressHistoryRequest request, CancellationToken cancellationToken = default);

    Task<WaitingRegisterAnswer> ConsultWaitingRegisterAsync(FederalCallContext context, WaitingRegisterRequest request, CancellationToken cancellationToken = default);

    Task<PensionCadastreAnswer> ConsultPensionCadastreAsync(FederalCallContext context, PensionCadastreRequest request, CancellationToken cancellationToken = default);

    Task<RealEstateAnswer> ConsultRealEstateAsync(FederalCallContext context, RealEstateRequest request, CancellationToken cancellationToken = default);

    Task<FamilyAllowancesAnswer> ConsultFamilyAllowancesAsync(FederalCallContext context, FamilyAllowancesRequest request, CancellationToken cancellationToken = default);

    Task<UnemploymentAnswer> ConsultUnemploymentAsync(FederalCallContext context, UnemploymentRequest request, CancellationToken cancellationToken = default);
}
