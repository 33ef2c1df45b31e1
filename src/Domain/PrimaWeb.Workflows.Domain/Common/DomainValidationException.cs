namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>
/// Input refused by a domain rule, as data: <see cref="Field"/> names the offending member (e.g. <c>ReceivedOn</c>),
/// <see cref="Code"/> the rule (one of <see cref="RuleCodes"/>) and <see cref="Arguments"/> its values, so that each
/// surface words it in its user's language; the message says the same in English, for logs and developers.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(string field, string code, string message, params object[] arguments)
        : base(message)
    {
        Field = field;
        Code = code;
        Arguments = arguments;
    }

    public DomainValidationException()
        : this(string.Empty, RuleCodes.Refused, "The input was refused by a domain rule.")
    {
    }

    public DomainValidationException(string message)
        : this(string.Empty, RuleCodes.Refused, message)
    {
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Code = RuleCodes.Refused;
        Arguments = [];
    }

    /// <summary>The member that was refused; empty when the rule spans several members.</summary>
    public string Field { get; }

    /// <summary>The rule that refused it (<see cref="RuleCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The values the rule's sentence names, in the order of its documentation (dates, amounts, names).</summary>
    public IReadOnlyList<object> Arguments { get; }
}
