namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>The codes of the rules <see cref="FormValidator"/> applies; each surface words them in its user's language.</summary>
public static class FormErrorCodes
{
    /// <summary>A required field is missing.</summary>
    public const string Required = "Required";

    /// <summary>Not a number, or a number beyond any amount (arguments: none).</summary>
    public const string Number = "Number";

    /// <summary>Below the field's minimum (argument: the minimum).</summary>
    public const string Min = "Min";

    /// <summary>Above the field's maximum (argument: the maximum).</summary>
    public const string Max = "Max";

    /// <summary>Not true or false.</summary>
    public const string Flag = "Flag";

    /// <summary>Not a date written yyyy-MM-dd.</summary>
    public const string Date = "Date";

    /// <summary>A date outside the plausible span (arguments: the earliest and the latest date).</summary>
    public const string DateRange = "DateRange";

    /// <summary>A date after today in a field that is never later (arguments: the date, today); the domain's code of the same rule.</summary>
    public const string InFuture = "InFuture";

    /// <summary>A date before the date of the field it may not precede (arguments: the date, the other date); the domain's code of the same rule.</summary>
    public const string EndBeforeStart = "EndBeforeStart";

    /// <summary>Not one of the field's choices.</summary>
    public const string Choice = "Choice";

    /// <summary>Not a text.</summary>
    public const string Text = "Text";

    /// <summary>Longer than allowed (argument: the maximum length).</summary>
    public const string MaxLength = "MaxLength";

    /// <summary>A repeated group that is not a list of objects.</summary>
    public const string List = "List";

    /// <summary>A repeated group with too many lines (argument: the maximum).</summary>
    public const string MaxItems = "MaxItems";

    /// <summary>A member the form does not have.</summary>
    public const string Unknown = "Unknown";

    public static IReadOnlyList<string> All { get; } = [Required, Number, Min, Max, Flag, Date, DateRange, InFuture, EndBeforeStart, Choice, Text, MaxLength, List, MaxItems, Unknown];
}
