using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Access;

/// <summary>Integrations in the BCSS reference directory (OCMWCPASManageAccess, ReferenceManager.Consult).</summary>
public interface IAccessClient
{
    Task<ManageAccessAnswer> RegisterAsync(FederalCallContext context, Niss ssin, int purpose, Period period, ProofOfAuthentication proof, CancellationToken cancellationToken = default);

    Task<ManageAccessAnswer> UnregisterAsync(FederalCallContext context, Niss ssin, int purpose, Period period, ProofOfAuthentication proof, CancellationToken cancellationToken = default);

    Task<ManageAccessAnswer> ListAsync(FederalCallContext context, Niss ssin, ProofOfAuthentication proof, QueryRegister queryRegister = QueryRegister.ALL, CancellationToken cancellationToken = default);

    /// <summary>The raw operation, for a caller that builds the whole message (the typed ones above build it).</summary>
    Task<ManageAccessAnswer> ManageAccessAsync(FederalCallContext context, ManageAccessRequest request, CancellationToken cancellationToken = default);

    Task<ReferenceConsultAnswer> ConsultReferenceDirectoryAsync(FederalCallContext context, ReferenceConsultRequest request, CancellationToken cancellationToken = default);
}
