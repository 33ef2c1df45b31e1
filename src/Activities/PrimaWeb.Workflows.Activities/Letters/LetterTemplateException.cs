namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>One or more letter templates do not parse or refer to fields the letter model does not have.</summary>
public sealed class LetterTemplateException : Exception
{
    public LetterTemplateException(IReadOnlyList<LetterTemplateError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public LetterTemplateException()
        : this("A letter template is invalid.")
    {
    }

    public LetterTemplateException(string message)
        : base(message)
    {
        Errors = [];
    }

    public LetterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<LetterTemplateError> Errors { get; }

    private static string Describe(IReadOnlyList<LetterTemplateError> errors) =>
        $"{errors.Count} error(s) in letter templates:{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
}
