using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Identification;

/// <summary>
/// Identification needs no integration: PrimaWeb searches the registers before the person is integrated. The
/// search is still audited under the person found by SSIN.
/// </summary>
internal sealed class IdentificationClient(FederalServiceInvoker invoker) : IIdentificationClient
{
    public async Task<IdentifyPersonAnswer> IdentifyAsync(FederalCallContext context, IdentifyPersonRequest request, CancellationToken cancellationToken = default)
    {
        // B-19: with an SSIN the phonetic criteria are ignored; they are not even sent.
        var sent = request.SSIN is not null ? request with { PhoneticCriteria = null } : request;
        var errors = sent.Validate();
        if (errors.Count > 0)
        {
            await invoker.RejectAsync(ServiceCatalog.IdentifyPerson, context, sent, errors, cancellationToken);
        }

        var check = new IntegrationCheck(IntegrationRule.None, sent.SSIN is { } ssin ? [ssin] : []);
        return await invoker.InvokeAsync<IdentifyPersonRequest, IdentifyPersonAnswer>(
            ServiceCatalog.IdentifyPerson, context, sent, check, cancellationToken);
    }

    public Task<IdentifyPersonAnswer> IdentifyBySsinAsync(FederalCallContext context, Niss ssin, CancellationToken cancellationToken = default) =>
        IdentifyAsync(context, new IdentifyPersonRequest(ssin), cancellationToken);

    public Task<IdentifyPersonAnswer> SearchPhoneticAsync(FederalCallContext context, PhoneticCriteria criteria, CancellationToken cancellationToken = default) =>
        IdentifyAsync(context, new IdentifyPersonRequest(null, criteria), cancellationToken);

    public Task<CreateKszCitizenAnswer> CreateBisAsync(FederalCallContext context, CreateKszCitizenRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateKszCitizenRequest, CreateKszCitizenAnswer>(
            ServiceCatalog.CreateKszCitizen, context, request, IntegrationCheck.None, cancellationToken);
}
