using PrimaWeb.Workflows.FederalServices.Calls;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// Forms to the SPP-IS and its answers. A send returns a receipt at once; the answer comes later and is read with
/// <see cref="ListOfAttestationAsync"/>. Pass a stable <see cref="FederalCallContext.IdempotencyKey"/> per logical send.
/// </summary>
public interface ISppIsClient
{
    Task<FormReceipt> SendRegistreAttestAsync(FederalCallContext context, RegistreAttestRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendStopAttestAsync(FederalCallContext context, StopAttestRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> RegisterRecoveredAmountAsync(FederalCallContext context, RegisterRecoveredAmountRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendLoi65ABAsync(FederalCallContext context, Loi65ABRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendLoi65CAsync(FederalCallContext context, Loi65CRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendLoi65DFAsync(FederalCallContext context, Loi65DFRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendOrganicLawAsync(FederalCallContext context, OrganicLawRequest request, CancellationToken cancellationToken = default);

    Task<FormReceipt> SendA036Async(FederalCallContext context, A036Request request, CancellationToken cancellationToken = default);

    Task<ListOfAttestationAnswer> ListOfAttestationAsync(FederalCallContext context, ListOfAttestationRequest request, CancellationToken cancellationToken = default);
}
