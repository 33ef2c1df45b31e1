namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>An expression failed to parse, exceeded its sandbox limits or failed to evaluate.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
