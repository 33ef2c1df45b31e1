namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// Thrown by an activity when the input it consumes breaks a rule of the domain, as opposed to a technical fault. In
/// a burst started by a person (a task completion) the burst is rolled back and the refusal goes back to that person;
/// in any other burst it is a fault like any other and opens an incident.
/// </summary>
public sealed class ActivityRefusalException : Exception
{
    public ActivityRefusalException(Refusal refusal, Exception? innerException = null)
        : base(refusal?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
    }

    public ActivityRefusalException(string field, string code, string message, params object[] arguments)
        : this(new Refusal(field, code, message, arguments))
    {
    }

    public ActivityRefusalException()
        : this(new Refusal(string.Empty, "Refused", "The input was refused."))
    {
    }

    public ActivityRefusalException(string message)
        : this(new Refusal(string.Empty, "Refused", message))
    {
    }

    public ActivityRefusalException(string message, Exception innerException)
        : this(new Refusal(string.Empty, "Refused", message), innerException)
    {
    }

    public Refusal Refusal { get; }
}
