namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// A trigger that the request's lifecycle does not allow in its current status. The message names the status, the
/// trigger, any unmet condition and the triggers that are allowed, so an HTTP layer can answer 409 with it as is.
/// </summary>
public sealed class InvalidRequestTransitionException : InvalidOperationException
{
    public InvalidRequestTransitionException(
        RequestStatus status, RequestTrigger trigger, IReadOnlyList<RequestTrigger> permitted, IReadOnlyList<string> unmetConditions)
        : base(Describe(status, trigger, permitted, unmetConditions))
    {
        Status = status;
        Trigger = trigger;
        Permitted = permitted;
        UnmetConditions = unmetConditions;
    }

    public InvalidRequestTransitionException()
        : this("A request transition was refused.")
    {
    }

    public InvalidRequestTransitionException(string message)
        : base(message)
    {
        Permitted = [];
        UnmetConditions = [];
    }

    public InvalidRequestTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Permitted = [];
        UnmetConditions = [];
    }

    public RequestStatus Status { get; }

    public RequestTrigger Trigger { get; }

    public IReadOnlyList<RequestTrigger> Permitted { get; }

    public IReadOnlyList<string> UnmetConditions { get; }

    private static string Describe(
        RequestStatus status, RequestTrigger trigger, IReadOnlyList<RequestTrigger> permitted, IReadOnlyList<string> unmetConditions)
    {
        var allowed = permitted.Count == 0 ? "none (final status)" : string.Join(", ", permitted);
        var condition = unmetConditions.Count == 0 ? string.Empty : $" (condition not met: {string.Join("; ", unmetConditions)})";
        return $"A request in status {status} cannot take the trigger {trigger}{condition}. Allowed now: {allowed}.";
    }
}
