using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Model;

namespace PrimaWeb.Workflows.Designer.Panels;

/// <summary>
/// A version's errors as the analyst reads them: the causes first, then what merely follows from them. One connection
/// removed makes every later step unreachable (77 errors for dis); the engine reports each, but only the steps no
/// connection leads to at all say where the break is — the others can no longer be reached because those cannot.
/// </summary>
public sealed record ErrorGroups(IReadOnlyList<DefinitionErrorDto> Causes, IReadOnlyList<DefinitionErrorDto> Unreachable)
{
    public const string UnreachableCode = "UnreachableActivity";

    public static readonly ErrorGroups None = new([], []);

    /// <summary>How many entries the list shows: each cause, and the unreachable steps as one.</summary>
    public int Count => Causes.Count + (Unreachable.Count > 0 ? 1 : 0);

    public bool IsEmpty => Causes.Count == 0 && Unreachable.Count == 0;

    public static ErrorGroups Of(IReadOnlyList<DefinitionErrorDto> errors, IReadOnlyList<DraftConnection> connections)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(connections);
        var unreachable = errors.Where(e => e.Code == UnreachableCode && e.ActivityId is not null).ToList();
        var cut = unreachable.Select(e => e.ActivityId!).ToHashSet(StringComparer.Ordinal);

        // A step reached only from other unreachable steps follows from the break; one nothing leads to is the break.
        var fed = connections.Where(c => c.From != c.To && cut.Contains(c.From)).Select(c => c.To).ToHashSet(StringComparer.Ordinal);
        var breaks = unreachable.Where(e => !fed.Contains(e.ActivityId!)).ToList();
        if (breaks.Count == 0 && unreachable.Count > 0)
        {
            // A loop cut off whole: its first step stands for the break.
            breaks.Add(unreachable[0]);
        }

        var causes = errors.Where(e => e.Code != UnreachableCode || e.ActivityId is null).Concat(breaks).ToList();
        return new ErrorGroups(causes, [.. unreachable.Except(breaks)]);
    }
}
