using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Heating;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// Delivers <see cref="HeatingFund.MessageType"/>: asks the Fund's database, through the gateway (whose integration
/// control refuses a beneficiary not integrated under code 40 before any call), for the household's BIM/OMNIO statuses
/// and earlier allocations, for its computation, or to save the allocation; keeps the answer as an <see cref="AidRecord"/>
/// and signals Done, or Refused with the reason. When the service is unavailable nothing is kept and the outbox retries.
/// </summary>
public sealed class HeatingFundHandler(IServiceScopeFactory scopes, WorkflowSignals signals, TimeProvider clock) : IOutboxHandler
{
    public string MessageType => HeatingFund.MessageType;

    public async Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = delivery.Payload ?? throw new InvalidOperationException("A heating message without payload.");
        var message = HeatingFund.Message.From(payload);
        if (!await signals.IsAwaitedAsync(HeatingFund.Signal, message.SignalKey, cancellationToken))
        {
            return;
        }

        JsonObject outcome;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
            var fund = scope.ServiceProvider.GetRequiredService<IHeatingClient>();
            var @case = await store.CaseAsync(message.Tenant, message.Case, cancellationToken);
            var today = LegalClock.Today(clock);
            var members = HouseholdSelection.Select(@case, HouseholdMembers.Household, today);
            var persons = await store.PersonsAsync(message.Tenant, [.. members.Select(m => m.PersonId)], cancellationToken);
            var main = persons.Single(p => p.Id == @case.MainPersonId);
            var deliveryRecord = await AidDetails.LatestDetailsAsync<HeatingDelivery>(store, message.Tenant, message.Request, HeatingRecords.Delivery, cancellationToken)
                ?? throw new InvalidOperationException($"Request {message.Request} has no recorded delivery.");
            var context = new FederalCallContext(message.Tenant, message.User, message.Case.ToString(), message.Request.ToString(), LegalContext.HeatingAllowance, message.SignalKey);
            try
            {
                var (amount, kind, details) = message.Operation switch
                {
                    HeatingFund.Consult => await ConsultAsync(fund, context, persons, main, deliveryRecord, cancellationToken),
                    HeatingFund.Compute => await ComputeAsync(store, fund, context, message, persons, main, deliveryRecord, cancellationToken),
                    HeatingFund.Save => await SaveAsync(store, fund, context, message, persons, main, deliveryRecord, today, cancellationToken),
                    _ => throw new InvalidOperationException($"'{message.Operation}' is not an operation of the heating Fund."),
                };
                store.Add(new AidRecord(message.Tenant, message.Case, message.Request, clock.GetUtcNow(), MessageTypes.SystemActor, kind, amount, details));
                await scope.ServiceProvider.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
                outcome = StepOutcome.Payload(StepOutcome.Done);
                outcome["amount"] = amount;
            }
            catch (FundRefusalException ex)
            {
                outcome = StepOutcome.Payload(StepOutcome.Refused, ex.Message);
            }
            catch (IntegrationRefusedException ex)
            {
                outcome = StepOutcome.Payload(StepOutcome.Refused, ex.Verdict.Message);
            }
            catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
            {
                outcome = StepOutcome.Payload(StepOutcome.Refused, ex.Message);
            }
        }

        await signals.SignalAsync(HeatingFund.Signal, message.SignalKey, outcome, cancellationToken);
    }

    private static async Task<(decimal?, string, string)> ConsultAsync(
        IHeatingClient fund, FederalCallContext context, IReadOnlyList<Person> persons, Person main, HeatingDelivery delivery, CancellationToken cancellationToken)
    {
        var statuses = new List<HeatingMemberStatus>();
        foreach (var person in persons)
        {
            var status = await fund.CheckBimOmnioStatusAsync(context, new RvvBimOmnioStatusRequest(person.Niss, delivery.DeliveredOn), cancellationToken);
            statuses.Add(new HeatingMemberStatus(person.Id, status.Bim, status.Omnio));
        }

        var paid = await fund.ConsultAllocationAsync(context, new ConsultAllocationRequest(main.Niss, delivery.DeliveredOn.Year), cancellationToken);
        var allocations = paid.Allocations
            .Select(a => new HeatingPaidAllocation(a.AllocationId, a.DeliveryDate, HeatingFund.ToDomain(a.Purchase), a.Litres, a.Amount))
            .ToList();
        return (null, HeatingRecords.FundStatus, AidDetails.Write(new HeatingFundStatus(statuses, allocations, paid.LitresRemaining)));
    }

    private static async Task<(decimal?, string, string)> ComputeAsync(
        ICaseFileStore store, IHeatingClient fund, FederalCallContext context, HeatingFund.Message message, IReadOnlyList<Person> persons, Person main,
        HeatingDelivery delivery, CancellationToken cancellationToken)
    {
        var calculation = await AidDetails.LatestDetailsAsync<HeatingCalculation>(store, message.Tenant, message.Request, HeatingRecords.Calculation, cancellationToken)
            ?? throw new InvalidOperationException($"Request {message.Request} has no heating calculation to compare.");
        var answer = await fund.ComputeAllocationAsync(context, HeatingFund.AllocationRequest(persons, main, delivery, calculation.Category), cancellationToken);
        var computed = calculation with
        {
            Fund = new HeatingFundComputation(answer.Eligible, answer.Amount, answer.LitresRetained, answer.AllowancePerLitre, answer.ReferenceThreshold, answer.RefusalReason),
        };
        return (calculation.Amount, HeatingRecords.Calculation, AidDetails.Write(computed));
    }

    private static async Task<(decimal?, string, string)> SaveAsync(
        ICaseFileStore store, IHeatingClient fund, FederalCallContext context, HeatingFund.Message message, IReadOnlyList<Person> persons, Person main,
        HeatingDelivery delivery, DateOnly today, CancellationToken cancellationToken)
    {
        var calculation = await AidDetails.LatestDetailsAsync<HeatingCalculation>(store, message.Tenant, message.Request, HeatingRecords.Calculation, cancellationToken)
            ?? throw new InvalidOperationException($"Request {message.Request} has no heating calculation to save.");
        var answer = await fund.SaveAllocationAsync(context, HeatingFund.AllocationRequest(persons, main, delivery, calculation.Category), cancellationToken);
        if (!answer.Eligible || answer.AllocationId is null)
        {
            throw new FundRefusalException(answer.RefusalReason ?? "The Fund did not save the allocation.");
        }

        var request = await store.RequestAsync(message.Tenant, message.Request, cancellationToken);
        request.RecordFormsSent(today, today);
        request.RecordSppIsAcceptance();
        return (answer.Amount, HeatingRecords.Allocation, AidDetails.Write(new HeatingAllocationSaved(answer.AllocationId, answer.Amount, answer.LitresRetained, answer.AllowancePerLitre)));
    }

    private sealed class FundRefusalException(string message) : Exception(message);
}
