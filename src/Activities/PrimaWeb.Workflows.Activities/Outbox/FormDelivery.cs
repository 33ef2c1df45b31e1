using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.Activities.Outbox;

/// <summary>
/// Sends one prepared form with its idempotency key, marks it Sent with the SPP-IS's form id and saves: for the outbox
/// handler of the workflows' forms and for the monthly expense claims alike.
/// </summary>
public static class FormDelivery
{
    /// <summary>
    /// Null once sent (or when it already was); the gateway's words when the SPP-IS does not take the form (integration
    /// control, invalid message). An unavailable service throws, so the caller tries again later.
    /// </summary>
    public static async Task<string?> SendAsync(IServiceProvider services, SppIsForm form, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(form);
        if (form.Status != SppIsFormStatus.Prepared)
        {
            return null;
        }

        var context = new FederalCallContext(
            form.TenantId, user, form.CaseId.ToString(), form.RequestId?.ToString(), FormContents.LegalContextOf(form.Type), form.IdempotencyKey);
        try
        {
            var receipt = await FormContents.SendAsync(services.GetRequiredService<ISppIsClient>(), form, context, cancellationToken);
            form.MarkSent(receipt.FormId, receipt.ReceivedAt);
            await services.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
        {
            return $"The form {form.Type} was not received by the SPP-IS: {ex.Message}";
        }
    }
}
