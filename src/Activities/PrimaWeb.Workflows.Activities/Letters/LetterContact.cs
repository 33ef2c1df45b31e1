namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The social worker who follows the file and answers the person's questions.</summary>
public sealed record LetterContact(string Name, string? Phone, string? Email);
