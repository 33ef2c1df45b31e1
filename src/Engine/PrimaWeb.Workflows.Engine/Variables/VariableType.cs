namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>
/// The type of a workflow variable, as its JSON holds it. In a definition's <c>variables</c> it is written
/// <c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>date</c>, <c>instant</c>, <c>id</c>, <c>object</c>,
/// <c>array</c> or <c>any</c> (<see cref="VariableTypes.Parse"/>).
/// </summary>
public enum VariableType
{
    /// <summary>Any JSON value; nothing is checked.</summary>
    Any = 0,

    /// <summary>A text.</summary>
    Text = 1,

    /// <summary>A decimal number.</summary>
    Number = 2,

    /// <summary>A whole number.</summary>
    WholeNumber = 3,

    /// <summary>true or false.</summary>
    Flag = 4,

    /// <summary>A legal date, a text written yyyy-MM-dd.</summary>
    Date = 5,

    /// <summary>An instant, a text in ISO 8601 with its offset.</summary>
    Instant = 6,

    /// <summary>An identifier, a text holding a GUID.</summary>
    Id = 7,

    /// <summary>A text among a fixed list of choices.</summary>
    Choice = 8,

    /// <summary>A JSON object (a task's answers, a signal's payload).</summary>
    Record = 9,

    /// <summary>A JSON array.</summary>
    List = 10,
}
