using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Errors;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The recurring job's work (the host runs it every day): the monthly expense claims D1 of the Loi 65 files (loi65.md §2).
/// For each equivalent RIS whose form B1 the SPP-IS accepted, once a month is over, one D1 with the aid of that month
/// (<see cref="Loi65FinancialAid"/>), due 12 months after the end of its quarter (art. 12, reference data). A month
/// already claimed is never claimed twice (the form's key names it); a month whose claim is already out of time is
/// left and logged. Each claim is then sent; one the gateway cannot send yet stays prepared and is sent at the next run
/// — the manager sees it on the dashboard before it is late.
/// </summary>
public sealed class Loi65ExpenseClaims(IServiceScopeFactory scopes, CalculationReferenceData reference, TimeProvider clock, ILogger<Loi65ExpenseClaims> logger)
{

    /// <summary>Prepares the claims of the months ended before today and sends every prepared claim; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = LegalClock.Today(clock);
        var sent = 0;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
        var claims = new List<SppIsForm>();
        foreach (var request in await scope.ServiceProvider.GetRequiredService<IRunningGrants>().GrantedAsync(RequestTypes.Loi65, cancellationToken))
        {
            var forms = await store.ListAsync<SppIsForm>(request.TenantId, request.Id, cancellationToken);
            if (!forms.Any(f => f.Type == SppIsFormType.Loi65AB && f.Status is SppIsFormStatus.Accepted or SppIsFormStatus.PartiallyAccepted))
            {
                continue;
            }

            claims.AddRange(forms.Where(f => f.Type == SppIsFormType.Loi65D1 && f.Status == SppIsFormStatus.Prepared));
            claims.AddRange(await PrepareAsync(store, request, forms, today, cancellationToken));
        }

        await scope.ServiceProvider.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
        foreach (var claim in claims)
        {
            try
            {
                if (await FormDelivery.SendAsync(scope.ServiceProvider, claim, MessageTypes.SystemActor, cancellationToken) is { } refusal)
                {
                    logger.LogWarning("Expense claim {Form} of request {Request} was not received: {Refusal}", claim.Id, claim.RequestId, refusal);
                    continue;
                }

                sent++;
            }
            catch (ServiceUnavailableException ex)
            {
                logger.LogWarning(ex, "The SPP-IS is unavailable; the expense claims left are sent at the next run");
                break;
            }
        }

        return sent;
    }

    private async Task<List<SppIsForm>> PrepareAsync(ICaseFileStore store, Request request, IReadOnlyList<SppIsForm> forms, DateOnly today, CancellationToken cancellationToken)
    {
        var prepared = new List<SppIsForm>();
        if (FormTypes.FirstGrantStart(request) is not { } start)
        {
            return prepared;
        }

        var @case = await store.CaseAsync(request.TenantId, request.CaseId, cancellationToken);
        var main = await store.PersonAsync(request.TenantId, @case.MainPersonId, cancellationToken);
        var currentMonth = new DateOnly(today.Year, today.Month, 1);
        for (var month = new DateOnly(start.Year, start.Month, 1); month < currentMonth; month = month.AddMonths(1))
        {
            var key = ClaimKey(request.Id, month);
            if (forms.Any(f => f.IdempotencyKey == key))
            {
                continue;
            }

            var (amount, grant) = Loi65FinancialAid.OfMonth(request, month);
            var due = reference.Loi65.ExpenseClaimDue(month.AddMonths(1).AddDays(-1));
            if (amount == 0 || grant is null)
            {
                continue;
            }

            if (due < today)
            {
                logger.LogWarning("The expense claim of {Month:yyyy-MM} for request {Request} is out of time since {Due}: not prepared", month, request.Id, due);
                continue;
            }

            var claim = new SppIsForm(
                request.TenantId, request.CaseId, request.Id, clock.GetUtcNow(), MessageTypes.SystemActor, grant.Id, SppIsFormType.Loi65D1, due, key,
                FormContents.BuildD1(FormContents.FileNumber(@case.Reference), main.Niss, month, amount));
            store.Add(claim);
            prepared.Add(claim);
        }

        return prepared;
    }

    /// <summary>The first day of the month a claim's key names.</summary>
    public static DateOnly MonthOf(string claimKey)
    {
        ArgumentNullException.ThrowIfNull(claimKey);
        return DateOnly.ParseExact(claimKey[^7..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The claim's idempotency key: one per request and month, so no month is claimed twice.</summary>
    public static string ClaimKey(Guid requestId, DateOnly month) => $"{requestId:N}-D1-{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
}
