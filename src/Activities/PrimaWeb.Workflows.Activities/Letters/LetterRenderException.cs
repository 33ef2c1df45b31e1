namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>A valid template failed while rendering, typically because the sandbox stopped a loop that ran too long.</summary>
public sealed class LetterRenderException : Exception
{
    public LetterRenderException()
        : this("A letter could not be rendered.")
    {
    }

    public LetterRenderException(string message)
        : base(message)
    {
    }

    public LetterRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
