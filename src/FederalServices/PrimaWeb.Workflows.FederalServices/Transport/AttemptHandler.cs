namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// Sits inside the resilience handler, so it sees every attempt: numbers it in the <c>X-Attempt</c> header and
/// counts it for the audit.
/// </summary>
internal sealed class AttemptHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = request.Options.TryGetValue(FederalRequestOptions.Attempts, out var counter) ? counter.Next() : 1;
        request.Headers.Remove(FederalHeaders.Attempt);
        request.Headers.TryAddWithoutValidation(FederalHeaders.Attempt, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return base.SendAsync(request, cancellationToken);
    }
}
