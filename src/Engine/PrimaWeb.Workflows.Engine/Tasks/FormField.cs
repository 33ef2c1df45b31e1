namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// One field of the form a human task declares, with its rules. A <see cref="FormFieldType.Group"/> is a repeated
/// group: a list (at most <see cref="MaxItems"/> lines) of objects whose members are the sub-<see cref="Fields"/>.
/// </summary>
public sealed record FormField(
    string Name,
    FormFieldType Type,
    bool Required = false,
    IReadOnlyList<string>? Choices = null,
    decimal? Min = null,
    decimal? Max = null,
    int? MaxLength = null,
    IReadOnlyList<FormField>? Fields = null,
    int? MaxItems = null);
