namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The kinds of <see cref="TemplateFieldType"/>.</summary>
internal enum TemplateFieldKind
{
    Any,
    Value,
    Money,
    List,
    Object,
}
