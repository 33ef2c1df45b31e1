namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>Thrown when an invalid definition would be loaded, stored or published; carries every error found.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException()
    {
        Errors = [];
    }

    public DefinitionException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DefinitionException(IReadOnlyList<DefinitionError> errors)
        : base("The workflow definition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<DefinitionError> Errors { get; }
}
