using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Ris;

/// <summary>
/// The recurring job's work (the host runs it every day): on the day a row of <c>ris.categoryAmounts</c> takes effect
/// (an indexation, a real increase), recalculates every running DIS and equivalent-RIS grant from that day with its
/// latest resource statement (<see cref="RisIndexationReview"/>) and, for each grant whose monthly amount changes,
/// signals <see cref="Signal"/> to its request's workflow, which raises the revision task (definitions v2). A grant whose
/// workflow does not wait for the signal (version 1) is left alone, and a grant that cannot be recalculated is logged.
/// </summary>
public sealed class RisIndexationReviewer(
    IServiceScopeFactory scopes, WorkflowSignals signals, CalculationReferenceData reference, ILogger<RisIndexationReviewer> logger)
{
    public const string Signal = "ris-indexation";


    /// <summary>Reviews the grants for the amounts taking effect on <paramref name="day"/>; returns how many workflows were signalled.</summary>
    public async Task<int> ReviewAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!reference.Ris.CategoryAmounts.Rows.Any(row => row.From == day))
        {
            return 0;
        }

        var decisions = new List<OpenRisDecision>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
            foreach (var request in await scope.ServiceProvider.GetRequiredService<IRunningGrants>().AcceptedAsync(RequestTypes.RisScale, cancellationToken))
            {
                if (request.CurrentGrant is not { Terms: { } terms } || terms.Until < day
                    || await store.LatestAsync<ResourceStatement>(request.TenantId, request.Id, cancellationToken) is not { } statement)
                {
                    continue;
                }

                var periodEnd = terms.Until ?? LegalDate.EndOfMonth(day);
                decisions.Add(new OpenRisDecision(Key(request), statement.ToCalculationRequest(terms.From, periodEnd, request.ReceivedOn), terms.MonthlyAmount));
            }
        }

        var review = RisIndexationReview.FindChanges(decisions, reference.Ris, day);
        foreach (var failure in review.Failures)
        {
            logger.LogWarning("The grant of request {Request} could not be recalculated for the amounts of {Day}: {Errors}", failure.DecisionId, day, string.Join("; ", failure.Errors));
        }

        var signalled = 0;
        foreach (var change in review.Changes)
        {
            if (!await signals.IsAwaitedAsync(Signal, change.DecisionId, cancellationToken))
            {
                continue;
            }

            await signals.SignalAsync(Signal, change.DecisionId, Payload(change), cancellationToken);
            signalled++;
        }

        return signalled;
    }

    /// <summary>The request's id as its workflow holds it (the correlation of the signal).</summary>
    private static string Key(Request request) => request.Id.ToString();

    private static JsonObject Payload(RisDecisionChange change) => new()
    {
        ["from"] = change.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["granted"] = Euro(change.GrantedMonthlyAmount),
        ["amount"] = Euro(change.NewMonthlyAmount),
        ["difference"] = Euro(change.Difference),
    };

    // Text with two decimals, so the task's title shows the amounts as the letters do, not as a number prints.
    private static string Euro(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
