namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Declared type of an activity input; the validator checks literals against it and the designer picks an editor from it.</summary>
public enum ActivityInputType
{
    /// <summary>Free text.</summary>
    Text = 0,

    /// <summary>A decimal number.</summary>
    Number = 1,

    /// <summary>A whole number.</summary>
    WholeNumber = 2,

    /// <summary>true or false.</summary>
    Flag = 3,

    /// <summary>A legal date, written yyyy-MM-dd.</summary>
    Date = 4,

    /// <summary>An instant, ISO 8601 with offset.</summary>
    Instant = 5,

    /// <summary>An ISO 8601 duration such as P30D, P1M or PT2H.</summary>
    Duration = 6,

    /// <summary>Any JSON value (object, array …).</summary>
    Json = 7,

    /// <summary>A Liquid condition such as <c>amount &gt; 100 and household.size == 2</c>; a literal string is parsed as Liquid.</summary>
    Condition = 8,

    /// <summary>One of the input's choices (an enum or a list of texts).</summary>
    Choice = 9,

    /// <summary>A role that users hold, spelt as their claims carry it; the host checks that it exists.</summary>
    Role = 10,

    /// <summary>A JSON array of values of one type.</summary>
    List = 11,
}
