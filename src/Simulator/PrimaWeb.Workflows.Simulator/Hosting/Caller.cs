using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>Who calls, read from the headers the gateway sends.</summary>
public sealed record Caller(string? Cpas, string? User, string? LegalContext, string? IdempotencyKey, int Attempt)
{
    public static Caller From(HttpRequest request) => new(
        Header(request, FederalHeaders.Cpas),
        Header(request, FederalHeaders.User),
        Header(request, FederalHeaders.LegalContext),
        Header(request, FederalHeaders.IdempotencyKey),
        int.TryParse(Header(request, FederalHeaders.Attempt), out var attempt) ? attempt : 1);

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
