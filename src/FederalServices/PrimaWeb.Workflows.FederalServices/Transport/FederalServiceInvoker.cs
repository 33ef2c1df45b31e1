using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Errors;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// The one path every operation takes: integration control, request, resilient HTTP (the pipeline is on the
/// HttpClient), answer mapping to typed errors, audit. The typed clients only build requests and integration checks.
/// </summary>
public sealed class FederalServiceInvoker(
    HttpClient http,
    IIntegrationControl control,
    IAuditLog audit,
    TimeProvider clock,
    IOptions<FederalServicesOptions> options)
{
    public async Task<TAnswer> InvokeAsync<TRequest, TAnswer>(
        FederalService service,
        FederalCallContext context,
        TRequest request,
        IntegrationCheck check,
        CancellationToken cancellationToken)
        where TAnswer : class
    {
        // The CPAS is the tenant: a malformed code is a programming error of the caller, refused before anything else.
        TenantCode.Validate(context.Cpas, nameof(FederalCallContext.Cpas));
        using var span = FederalTelemetry.Start(service);
        var timer = Stopwatch.StartNew();
        var startedAt = clock.GetUtcNow();
        var body = JsonSerializer.Serialize(request, FederalJson.Options);
        var key = service.Kind == ServiceKind.Send
            ? context.IdempotencyKey ?? Guid.NewGuid().ToString("N")
            : null;
        var entry = new AuditEntry(
            Guid.NewGuid(), startedAt, context.User, context.Cpas, context.CaseId, context.RequestId,
            [.. check.Persons.Distinct()], service.Name, context.LegalContext.Code, context.LegalContext.LegalBasis,
            body, AuditOutcome.Succeeded, null, 0, key);

        var verdict = await control.CheckAsync(context.Cpas, check, LegalClock.DayOf(startedAt), cancellationToken);
        if (!verdict.IsAllowed)
        {
            await audit.RecordAsync(entry with { Outcome = AuditOutcome.RefusedByControl, Detail = verdict.ToString() }, cancellationToken);
            FederalTelemetry.End(span, service, AuditOutcome.RefusedByControl, 0, timer.Elapsed);
            throw new IntegrationRefusedException(service, verdict);
        }

        var attempts = new AttemptCounter();
        try
        {
            using var message = BuildMessage(service, context, body, key, attempts);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var (answer, code) = await ReadAnswerAsync<TAnswer>(service, check, response, attempts, cancellationToken);
            await audit.RecordAsync(entry with { Attempts = attempts.Count, Detail = code }, CancellationToken.None);
            FederalTelemetry.End(span, service, AuditOutcome.Succeeded, attempts.Count, timer.Elapsed);
            return answer;
        }
        catch (Exception exception) when (Translate(service, exception, attempts, cancellationToken) is { } error)
        {
            var outcome = error switch
            {
                PersonNotIntegratedException or UnknownNissException or FederalServiceRefusedException
                    or InvalidFederalRequestException => AuditOutcome.RefusedByService,
                _ => AuditOutcome.Failed,
            };
            await audit.RecordAsync(entry with { Outcome = outcome, Detail = error.Message, Attempts = attempts.Count }, CancellationToken.None);
            FederalTelemetry.End(span, service, outcome, attempts.Count, timer.Elapsed);
            if (ReferenceEquals(error, exception))
            {
                throw;
            }

            throw error;
        }
    }

    /// <summary>Records a request the gateway refused before any call (invalid message), then throws.</summary>
    internal async Task RejectAsync(
        FederalService service, FederalCallContext context, object request, IReadOnlyList<ReplyDetail> fields, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(
            Guid.NewGuid(), clock.GetUtcNow(), context.User, context.Cpas, context.CaseId, context.RequestId, [],
            service.Name, context.LegalContext.Code, context.LegalContext.LegalBasis,
            JsonSerializer.Serialize(request, request.GetType(), FederalJson.Options),
            AuditOutcome.RejectedAsInvalid, string.Join("; ", fields.Select(f => $"{f.Field}: {f.Message}")), 0, null);
        await audit.RecordAsync(entry, cancellationToken);
        throw new InvalidFederalRequestException(service, fields);
    }

    private HttpRequestMessage BuildMessage(FederalService service, FederalCallContext context, string body, string? key, AttemptCounter attempts)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, service.Route)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation(FederalHeaders.Cpas, context.Cpas);
        message.Headers.TryAddWithoutValidation(FederalHeaders.User, context.User);
        message.Headers.TryAddWithoutValidation(FederalHeaders.LegalContext, context.LegalContext.Code);
        if (context.CaseId is not null)
        {
            message.Headers.TryAddWithoutValidation(FederalHeaders.Case, context.CaseId);
        }

        if (key is not null)
        {
            message.Headers.TryAddWithoutValidation(FederalHeaders.IdempotencyKey, key);
        }

        var retryAllowed = service.Kind == ServiceKind.Consultation || (key is not null && options.Value.RetrySends);
        message.Options.Set(FederalRequestOptions.RetryAllowed, retryAllowed);
        message.Options.Set(FederalRequestOptions.Attempts, attempts);
        return message;
    }

    private static async Task<(TAnswer Answer, string Code)> ReadAnswerAsync<TAnswer>(
        FederalService service, IntegrationCheck check, HttpResponseMessage response, AttemptCounter attempts, CancellationToken cancellationToken)
        where TAnswer : class
    {
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new ServiceUnavailableException(service, $"HTTP {status}", attempts.Count);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        ServiceReply<TAnswer>? reply;
        try
        {
            reply = JsonSerializer.Deserialize<ServiceReply<TAnswer>>(text, FederalJson.Options);
        }
        catch (JsonException exception)
        {
            // A converter's refusal (an address the domain refuses) carries its place in Path, not in its message.
            var where = exception.Path is { } path && !exception.Message.Contains(path, StringComparison.Ordinal) ? $"{path}: " : "";
            throw new MalformedAnswerException(service, $"HTTP {status}, body is not a {typeof(TAnswer).Name} reply ({where}{exception.Message})", exception);
        }

        if (reply?.Status is null)
        {
            throw new MalformedAnswerException(service, $"HTTP {status}, the reply has no status.");
        }

        var code = reply.Status.Code;
        if (BcssStatusCodes.IsSuccess(code))
        {
            return (reply.Data ?? throw new MalformedAnswerException(service, $"status {code} without data."), code);
        }

        var person = check.Persons.Count > 0 ? check.Persons[0] : (Domain.Identity.Niss?)null;
        throw code switch
        {
            _ when BcssStatusCodes.IsNotIntegrated(code) => new PersonNotIntegratedException(service, person, code, reply.Status.Description),
            BcssStatusCodes.SsinDoesNotExist => new UnknownNissException(service, person),
            BcssStatusCodes.InvalidSsinStructure or BcssStatusCodes.IncompleteData => new InvalidFederalRequestException(
                service, reply.Status.Details is { Count: > 0 } details ? details : [new ReplyDetail("SSIN", reply.Status.Description)]),
            _ => new FederalServiceRefusedException(service, code, reply.Status.Description),
        };
    }

    private static FederalServiceException? Translate(
        FederalService service, Exception exception, AttemptCounter attempts, CancellationToken cancellationToken) => exception switch
        {
            FederalServiceException known => known,
            TimeoutRejectedException => new ServiceUnavailableException(service, "timed out", attempts.Count, exception),
            HttpRequestException => new ServiceUnavailableException(service, exception.Message, attempts.Count, exception),
            OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                new ServiceUnavailableException(service, "timed out", attempts.Count, exception),
            _ => null,
        };
}
