using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;

namespace PrimaWeb.Workflows.Activities.Outbox;

/// <summary>
/// Delivers <see cref="MessageTypes.ManageAccess"/>: registers (or unregisters) each person at the BCSS with the proof
/// of authentication the person's data give, then signals the waiting step with Done or Refused and the BCSS's words.
/// A line the BCSS refused is cancelled in the application's register too. An unavailable BCSS throws, so the outbox
/// retries later.
/// </summary>
public sealed class ManageAccessHandler(IServiceScopeFactory scopes, WorkflowSignals signals) : IOutboxHandler
{
    public string MessageType => MessageTypes.ManageAccess;

    public async Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = delivery.Payload ?? throw new InvalidOperationException("A ManageAccess message without payload.");
        var key = payload["signalKey"]!.GetValue<string>();
        if (!await signals.IsAwaitedAsync(MessageTypes.AccessSignal, key, cancellationToken))
        {
            return;
        }

        var tenant = payload["tenantId"]!.GetValue<string>();
        var unregister = payload["action"]?.GetValue<string>() == "UNREGISTER";
        var items = payload["items"]!.AsArray();
        var refusals = new List<string>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
            var access = scope.ServiceProvider.GetRequiredService<IAccessClient>();
            var personIds = items.Select(i => Guid.Parse(i!["personId"]!.GetValue<string>())).Distinct().ToList();
            var persons = await store.PersonsAsync(tenant, personIds, cancellationToken);
            var context = new FederalCallContext(
                tenant, payload["user"]?.GetValue<string>() ?? MessageTypes.SystemActor, payload["caseId"]?.GetValue<string>(),
                payload["requestId"]?.GetValue<string>(), LegalContext.Integration, delivery.IdempotencyKey);
            foreach (var item in items.OfType<System.Text.Json.Nodes.JsonNode>())
            {
                var person = persons.First(p => p.Id == Guid.Parse(item["personId"]!.GetValue<string>()));
                var code = item["code"]!.GetValue<int>();
                var period = new Period(
                    RequestVariables.ParseDate(item["from"]!.GetValue<string>(), "from"), RequestVariables.ParseDate(item["until"]!.GetValue<string>(), "until"));
                var proof = new ProofOfAuthentication(PersonData: new PersonData(
                    person.LastName, person.FirstName, person.BirthDate is { } birth ? RequestVariables.FormatDate(birth) : null));
                try
                {
                    var call = context with { IdempotencyKey = $"{delivery.IdempotencyKey}:{person.Id:N}:{code}" };
                    _ = unregister
                        ? await access.UnregisterAsync(call, person.Niss, code, period, proof, cancellationToken)
                        : await access.RegisterAsync(call, person.Niss, code, period, proof, cancellationToken);
                }
                catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
                {
                    refusals.Add($"{person.FullName} ({person.Niss.Formatted}), code {code}: {ex.Message}");
                    if (!unregister)
                    {
                        // The BCSS does not hold the line: the application's register must not claim it either.
                        var register = await store.IntegrationRegisterAsync(tenant, person.Niss, cancellationToken);
                        var line = register.Integrations.FirstOrDefault(i => (int)i.Code == code && i.Start == period.StartDate && !i.IsCancelled);
                        if (line is not null)
                        {
                            register.Disintegrate(line.Id, period.StartDate.AddDays(-1));
                        }
                    }
                }
            }

            if (refusals.Count > 0 && !unregister)
            {
                await scope.ServiceProvider.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
            }
        }

        var outcome = refusals.Count == 0 ? StepOutcome.Done : StepOutcome.Refused;
        await signals.SignalAsync(MessageTypes.AccessSignal, key, StepOutcome.Payload(outcome, refusals.Count == 0 ? null : string.Join(Environment.NewLine, refusals)), cancellationToken);
    }
}
