namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>
/// Input refused by a domain rule. <see cref="Field"/> names the offending member (e.g. <c>ReceivedOn</c>) so that
/// an HTTP layer can turn it into a validation problem; the message is a sentence a user can read.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public DomainValidationException()
        : this(string.Empty, "The input was refused by a domain rule.")
    {
    }

    public DomainValidationException(string message)
        : this(string.Empty, message)
    {
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The member that was refused; empty when the rule spans several members.</summary>
    public string Field { get; }
}
