namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// A rule an input broke, as data: the field (a JSON path within the payload, e.g. <c>memberResources[0].amount</c>),
/// a stable code and its arguments, so that each surface words it in its user's language. <see cref="Message"/> is the
/// same in English, for logs and developers.
/// </summary>
public sealed record Refusal(string Field, string Code, IReadOnlyList<object> Arguments, string Message)
{
    public Refusal(string field, string code, string message, params object[] arguments)
        : this(field, code, (IReadOnlyList<object>)arguments, message)
    {
    }

    /// <summary>The same refusal, its field placed under <paramref name="prefix"/> (<c>payload</c> → <c>payload.amount</c>).</summary>
    public Refusal Under(string prefix) => this with { Field = Field.Length == 0 ? prefix : $"{prefix}.{Field}" };
}
