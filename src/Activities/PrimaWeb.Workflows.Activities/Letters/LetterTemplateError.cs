namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// A problem found in a letter template: the template (file name), the 1-based line and column where it was found,
/// and what is wrong, in words an analyst can act on.
/// </summary>
public sealed record LetterTemplateError(string Template, int Line, int Column, string Message)
{
    public override string ToString() => $"{Template}({Line},{Column}): {Message}";
}
