namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>Type of a task form field.</summary>
public enum FormFieldType
{
    Text = 0,
    Number = 1,
    Flag = 2,
    Date = 3,
    Choice = 4,

    /// <summary>A repeated group of typed sub-fields: a JSON array of objects.</summary>
    Group = 5,
}
