namespace PrimaWeb.Workflows.Engine.Persistence;

/// <summary>Another writer changed the instance or task since it was read; nothing of this burst was written.</summary>
public sealed class WorkflowConcurrencyException : Exception
{
    public WorkflowConcurrencyException()
        : base("The workflow data was changed by someone else; nothing was written.")
    {
    }

    public WorkflowConcurrencyException(string message)
        : base(message)
    {
    }

    public WorkflowConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
