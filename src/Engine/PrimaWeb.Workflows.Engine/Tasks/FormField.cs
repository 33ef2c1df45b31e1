namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>One field of the form a human task declares, with its rules.</summary>
public sealed record FormField(
    string Name,
    FormFieldType Type,
    bool Required = false,
    IReadOnlyList<string>? Choices = null,
    decimal? Min = null,
    decimal? Max = null,
    int? MaxLength = null);
