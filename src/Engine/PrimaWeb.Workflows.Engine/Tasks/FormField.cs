namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// One field of the form a human task declares, with its rules. A <see cref="FormFieldType.Group"/> is a repeated
/// group: a list (at most <see cref="MaxItems"/> lines) of objects whose members are the sub-<see cref="Fields"/>.
/// A date may be bounded by today (<see cref="NotAfterToday"/>: a decision is never dated later) and by another date
/// of the same form or line (<see cref="NotBefore"/>: a period's end is never before its start), so every definition
/// that uses the activity's form gets the bound, and the screens check it as the user types.
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
    int? MaxItems = null,
    bool NotAfterToday = false,
    string? NotBefore = null);
