using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// DIS forms follow the DIS rule (main beneficiary and partner on the effective date and the sending day); Loi 65
/// forms the Loi 65 rule (the persons of form A on A's effective date and the sending day — for B, C, D, F, which do
/// not carry form A, the beneficiary on the form's own date); recovered amounts, organic law and A036 the DIS rule
/// on their own date.
/// </summary>
internal sealed class SppIsClient(FederalServiceInvoker invoker) : ISppIsClient
{
    public Task<FormReceipt> SendRegistreAttestAsync(FederalCallContext context, RegistreAttestRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.RegistreAttest, context, request,
            IntegrationCheck.DisForm(request.EffectiveDate, request.SSIN, request.PartnerSSIN), cancellationToken);

    public Task<FormReceipt> SendStopAttestAsync(FederalCallContext context, StopAttestRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.StopAttest, context, request,
            IntegrationCheck.DisForm(request.EffectiveDate, request.SSIN, request.PartnerSSIN), cancellationToken);

    public Task<FormReceipt> RegisterRecoveredAmountAsync(FederalCallContext context, RegisterRecoveredAmountRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.RegisterRecoveredAmount, context, request,
            IntegrationCheck.DisForm(request.RecoveryDate, request.SSIN, null), cancellationToken);

    public Task<FormReceipt> SendLoi65ABAsync(FederalCallContext context, Loi65ABRequest request, CancellationToken cancellationToken = default)
    {
        IntegrationCheck check = request switch
        {
            { FormA: { } a } => IntegrationCheck.Loi65Form(
                a.EffectiveDate, [a.MainBeneficiary, .. a.SecondaryBeneficiaries.Select(s => s.SSIN)]),
            { FormB: { } b } => IntegrationCheck.Loi65Form(b.EffectiveDate, [b.SSIN]),
            _ => IntegrationCheck.None,
        };
        return SendAsync(ServiceCatalog.Wet65Loi65AB, context, request, check, cancellationToken);
    }

    public Task<FormReceipt> SendLoi65CAsync(FederalCallContext context, Loi65CRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.Wet65Loi65C, context, request,
            IntegrationCheck.Loi65Form(request.EffectiveDate, [request.SSIN]), cancellationToken);

    public Task<FormReceipt> SendLoi65DFAsync(FederalCallContext context, Loi65DFRequest request, CancellationToken cancellationToken = default)
    {
        var formDate = request switch
        {
            { D1: { } d1 } => new DateOnly(d1.Year, d1.Month, 1),
            { D2: { } d2 } => new DateOnly(d2.Year, d2.Month, 1),
            { F: { } f } => f.ReferenceDate,
            _ => (DateOnly?)null,
        };
        var check = formDate is { } date
            ? IntegrationCheck.Loi65Form(date, [request.SSIN])
            : new IntegrationCheck(IntegrationRule.Loi65Form, [request.SSIN]);
        return SendAsync(ServiceCatalog.Wet65Loi65DF, context, request, check, cancellationToken);
    }

    public Task<FormReceipt> SendOrganicLawAsync(FederalCallContext context, OrganicLawRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.OrganicLaw, context, request,
            IntegrationCheck.DisForm(request.EffectiveDate, request.SSIN, request.PartnerSSIN), cancellationToken);

    public Task<FormReceipt> SendA036Async(FederalCallContext context, A036Request request, CancellationToken cancellationToken = default) =>
        SendAsync(ServiceCatalog.A036, context, request,
            IntegrationCheck.DisForm(request.Period.StartDate, request.SSIN, null), cancellationToken);

    public Task<ListOfAttestationAnswer> ListOfAttestationAsync(FederalCallContext context, ListOfAttestationRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListOfAttestationRequest, ListOfAttestationAnswer>(
            ServiceCatalog.ListOfAttestation, context, request,
            request.SSIN is { } ssin ? IntegrationCheck.Consultation(ssin) : IntegrationCheck.None, cancellationToken);

    private Task<FormReceipt> SendAsync<TRequest>(
        FederalService service, FederalCallContext context, TRequest request, IntegrationCheck check, CancellationToken cancellationToken) =>
        invoker.InvokeAsync<TRequest, FormReceipt>(service, context, request, check, cancellationToken);
}
