using System.Text.Json;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Faults;
using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>
/// What every simulated service does around its own logic: journal, fault injection, caller and body checks,
/// idempotent replay of sends, one lock around the logic.
/// </summary>
internal static class ServiceDispatcher
{
    private const string MalformedBody = "{\"Status\":{\"Code\":\"MSG00000\",\"Description\":\"DATA_FO";

    public static RouteHandlerBuilder MapService<TRequest>(
        this IEndpointRouteBuilder app, FederalService service, Func<SimulatorState, Caller, TRequest, Reply> handle) =>
        app.MapPost("/" + service.Route, (HttpContext http, SimulatorState state) => HandleAsync(http, state, service, handle));

    private static async Task HandleAsync<TRequest>(
        HttpContext http, SimulatorState state, FederalService service, Func<SimulatorState, Caller, TRequest, Reply> handle)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var caller = Caller.From(http.Request);
        var person = PersonOf(body);
        state.Journal.Record(new JournalEntry(state.Time.GetUtcNow(), service.Name, caller.Cpas, person, caller.Attempt, caller.IdempotencyKey));

        var fault = state.Faults.Take(service.Name, person);
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.Latency ?? TimeSpan.FromSeconds(1), http.RequestAborted);
                break;
            case FaultKind.Timeout:
                await DelayQuietly(fault.Latency ?? TimeSpan.FromSeconds(100), http.RequestAborted);
                http.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
                return;
            case FaultKind.ServerError:
                http.Response.StatusCode = fault.StatusCode;
                return;
            case FaultKind.MalformedBody:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(MalformedBody, http.RequestAborted);
                return;
            default:
                break;
        }

        var (status, answer) = Process(state, service, caller, body, handle);
        if (fault?.Kind == FaultKind.ServerErrorAfterProcessing)
        {
            // The send is recorded, the answer is lost: the caller must retry with the same key.
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer, http.RequestAborted);
    }

    private static (int Status, string Body) Process<TRequest>(
        SimulatorState state, FederalService service, Caller caller, string body, Func<SimulatorState, Caller, TRequest, Reply> handle)
    {
        if (string.IsNullOrEmpty(caller.Cpas))
        {
            return Serialize(Reply.Invalid(new ReplyDetail(FederalHeaders.Cpas, "The calling CPAS is required.")));
        }

        TRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<TRequest>(body, FederalJson.Options);
        }
        catch (JsonException exception)
        {
            return Serialize(Reply.Invalid(new ReplyDetail(exception.Path ?? "$", exception.Message)));
        }

        if (request is null)
        {
            return Serialize(Reply.Invalid(new ReplyDetail("$", "The request is empty.")));
        }

        var key = service.Kind == ServiceKind.Send ? caller.IdempotencyKey : null;
        lock (state.Gate)
        {
            if (key is not null && state.Idempotency.TryGet(caller.Cpas, service.Name, key, out var stored))
            {
                return (StatusCodes.Status200OK, stored);
            }

            var result = Serialize(handle(state, caller, request));
            if (key is not null && result.Status == StatusCodes.Status200OK)
            {
                state.Idempotency.Store(caller.Cpas, service.Name, key, result.Body);
            }

            return result;
        }
    }

    private static (int Status, string Body) Serialize(Reply reply) =>
        (reply.HttpStatus, JsonSerializer.Serialize(new ServiceReply<object>(reply.Status, reply.Data), FederalJson.Options));

    /// <summary>The person a request is about (for the journal and per-person faults), read without knowing its type.</summary>
    private static string? PersonOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            foreach (var name in new[] { "SSIN", "MainBeneficiary" })
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task DelayQuietly(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up, which is what a time-out fault is for.
        }
    }
}
