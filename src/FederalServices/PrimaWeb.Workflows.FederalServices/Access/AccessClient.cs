using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Access;

internal sealed class AccessClient(FederalServiceInvoker invoker) : IAccessClient
{
    public Task<ManageAccessAnswer> RegisterAsync(FederalCallContext context, Niss ssin, int purpose, Period period, ProofOfAuthentication proof, CancellationToken cancellationToken = default) =>
        ManageAccessAsync(context, new ManageAccessRequest(ssin, ManageAccessAction.REGISTER, purpose, period, proof), cancellationToken);

    public Task<ManageAccessAnswer> UnregisterAsync(FederalCallContext context, Niss ssin, int purpose, Period period, ProofOfAuthentication proof, CancellationToken cancellationToken = default) =>
        ManageAccessAsync(context, new ManageAccessRequest(ssin, ManageAccessAction.UNREGISTER, purpose, period, proof), cancellationToken);

    public Task<ManageAccessAnswer> ListAsync(FederalCallContext context, Niss ssin, ProofOfAuthentication proof, QueryRegister queryRegister = QueryRegister.ALL, CancellationToken cancellationToken = default) =>
        ManageAccessAsync(context, new ManageAccessRequest(ssin, ManageAccessAction.LIST, null, null, proof, ManageAccessRequest.CpasSector, queryRegister), cancellationToken);

    public async Task<ManageAccessAnswer> ManageAccessAsync(FederalCallContext context, ManageAccessRequest request, CancellationToken cancellationToken = default)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            await invoker.RejectAsync(ServiceCatalog.ManageAccess, context, request, errors, cancellationToken);
        }

        // Integrating is what makes later calls possible, so it is not itself subject to the control.
        return await invoker.InvokeAsync<ManageAccessRequest, ManageAccessAnswer>(
            ServiceCatalog.ManageAccess, context, request, new IntegrationCheck(IntegrationRule.None, [request.SSIN]), cancellationToken);
    }

    public Task<ReferenceConsultAnswer> ConsultReferenceDirectoryAsync(FederalCallContext context, ReferenceConsultRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ReferenceConsultRequest, ReferenceConsultAnswer>(
            ServiceCatalog.ReferenceManagerConsult, context, request, IntegrationCheck.Consultation(request.SSIN, request.Period), cancellationToken);
}
