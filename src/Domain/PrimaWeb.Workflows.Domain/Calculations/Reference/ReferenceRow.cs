using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// One row of a reference table: values that apply from <see cref="From"/> up to and including <see cref="Until"/>
/// (null = no end), with the legal source they come from. Amounts are decimals; choices are words.
/// </summary>
public sealed class ReferenceRow
{
    private readonly IReadOnlyDictionary<string, decimal> amounts;
    private readonly IReadOnlyDictionary<string, string> choices;

    internal ReferenceRow(
        string file,
        string table,
        int number,
        DateOnly from,
        DateOnly? declaredUntil,
        IReadOnlyDictionary<string, decimal> amounts,
        IReadOnlyDictionary<string, string> choices,
        string source,
        bool unverified,
        string? note)
    {
        File = file;
        Table = table;
        Number = number;
        From = from;
        DeclaredUntil = declaredUntil;
        Until = declaredUntil;
        this.amounts = amounts;
        this.choices = choices;
        Source = source;
        Unverified = unverified;
        Note = note;
    }

    public string File { get; }

    public string Table { get; }

    /// <summary>1-based position of the row in its table, as errors name it.</summary>
    public int Number { get; }

    public DateOnly From { get; }

    /// <summary>Last day the row applies: the declared <c>until</c>, else the day before the next row, else null.</summary>
    public DateOnly? Until { get; internal set; }

    internal DateOnly? DeclaredUntil { get; }

    public string Source { get; }

    public bool Unverified { get; }

    public string? Note { get; }

    /// <summary>The row's amounts by name, as the file gives them.</summary>
    public IReadOnlyDictionary<string, decimal> Amounts => amounts;

    /// <summary>The row's words (choices, codes) by name, as the file gives them.</summary>
    public IReadOnlyDictionary<string, string> Choices => choices;

    public bool AppliesOn(DateOnly date) => date >= From && (Until is null || date <= Until);

    public bool HasAmount(string field) => amounts.ContainsKey(field);

    public bool HasChoice(string field) => choices.ContainsKey(field);

    public decimal Amount(string field) =>
        amounts.TryGetValue(field, out var value)
            ? value
            : throw Missing(field, "an amount");

    public string Choice(string field) =>
        choices.TryGetValue(field, out var value)
            ? value
            : throw Missing(field, "a choice");

    public TEnum Choice<TEnum>(string field)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(Choice(field), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ReferenceDataException(
                [Error(field, $"'{Choice(field)}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(ToCamelCase))}.")]);

    public ReferenceCitation Cite() => new(Table, From, Source, Unverified, Note);

    public override string ToString() =>
        $"{Table} from {From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Source})";

    internal ReferenceDataError Error(string? field, string message) => new(File, Table, Number, field, message);

    internal static string ToCamelCase(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private ReferenceDataException Missing(string field, string kind) =>
        new([Error(field, $"{kind} is required here but the row has none.")]);
}
