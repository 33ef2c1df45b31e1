using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Bcss;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Errors;

namespace PrimaWeb.Workflows.Activities.Outbox;

/// <summary>
/// Delivers <see cref="MessageTypes.Consult"/>: consults the flow for each person through the gateway (whose
/// integration control refuses a person not integrated before any call), keeps one <see cref="Consultation"/> per
/// person, saves, and signals Done — or Refused, with the control's message, when a person was not integrated.
/// When the service is unavailable nothing is kept and the outbox retries the whole message. A National Register
/// answer for the main person also updates the case's official household (<see cref="IOfficialHouseholdImport"/>).
/// </summary>
public sealed class ConsultHandler(IServiceScopeFactory scopes, WorkflowSignals signals, TimeProvider clock) : IOutboxHandler
{
    public string MessageType => MessageTypes.Consult;

    public async Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = delivery.Payload ?? throw new InvalidOperationException("A Consult message without payload.");
        var key = payload["signalKey"]!.GetValue<string>();
        if (!await signals.IsAwaitedAsync(MessageTypes.ConsultSignal, key, cancellationToken))
        {
            return;
        }

        var tenant = payload["tenantId"]!.GetValue<string>();
        var caseId = Guid.Parse(payload["caseId"]!.GetValue<string>());
        var requestId = Guid.Parse(payload["requestId"]!.GetValue<string>());
        var service = payload["service"]!.GetValue<string>();
        var receivedOn = RequestVariables.ParseDate(payload["receivedOn"]!.GetValue<string>(), "receivedOn");
        var refusals = new List<string>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
            var flows = scope.ServiceProvider.GetRequiredService<FlowConsultations>();
            var personIds = payload["personIds"]!.AsArray().Select(n => Guid.Parse(n!.GetValue<string>())).ToList();
            var persons = await store.PersonsAsync(tenant, personIds, cancellationToken);
            var context = new FederalCallContext(
                tenant, payload["user"]?.GetValue<string>() ?? MessageTypes.SystemActor, caseId.ToString(), requestId.ToString(), LegalContext.SocialInquiry);
            var records = new List<Consultation>();
            foreach (var person in persons)
            {
                Consultation Record(ConsultationOutcome outcome, string? answer, string? message) =>
                    new(tenant, caseId, requestId, clock.GetUtcNow(), MessageTypes.SystemActor, person.Niss, service, outcome, answer, message);
                try
                {
                    records.Add(Record(ConsultationOutcome.Answered, await flows.ConsultAsync(service, context, person.Niss, receivedOn, cancellationToken), null));
                }
                catch (IntegrationRefusedException ex)
                {
                    var message = $"{person.FullName} ({person.Niss.Formatted}) was not consulted: {ex.Verdict.Message}";
                    refusals.Add(message);
                    records.Add(Record(ConsultationOutcome.RefusedNotIntegrated, null, message));
                }
                catch (PersonNotIntegratedException ex)
                {
                    var message = $"{person.FullName} ({person.Niss.Formatted}) is not integrated at the BCSS: {ex.Message}";
                    refusals.Add(message);
                    records.Add(Record(ConsultationOutcome.RefusedNotIntegrated, null, message));
                }
                catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
                {
                    records.Add(Record(ConsultationOutcome.Failed, null, ex.Message));
                }
            }

            records.ForEach(store.Add);
            if (scope.ServiceProvider.GetService<IOfficialHouseholdImport>() is { } households)
            {
                await households.FromConsultationsAsync(tenant, caseId, records, cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
        }

        var outcome = refusals.Count == 0 ? StepOutcome.Done : StepOutcome.Refused;
        await signals.SignalAsync(MessageTypes.ConsultSignal, key, StepOutcome.Payload(outcome, refusals.Count == 0 ? null : string.Join(Environment.NewLine, refusals)), cancellationToken);
    }
}
