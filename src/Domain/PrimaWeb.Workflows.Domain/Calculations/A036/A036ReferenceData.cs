using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.A036;

/// <summary>The A036 tables of the reference data: the sources leave open what a suspension does, so an analyst sets it.</summary>
public sealed class A036ReferenceData
{
    public const string ChangesTable = "a036.changes";

    private A036ReferenceData(ReferenceTable changes) => Changes = changes;

    /// <summary>Choice: onSuspension (<see cref="A036OnSuspension"/>).</summary>
    public ReferenceTable Changes { get; }

    public static A036ReferenceData From(ReferenceDataSet set)
    {
        var requirements = new ReferenceRequirements(set);
        var changes = requirements.Table(ChangesTable, choices: new Dictionary<string, Type> { ["onSuspension"] = typeof(A036OnSuspension) });
        requirements.ThrowIfAny();
        return new A036ReferenceData(changes!);
    }

    /// <summary>The rule in force on the day the suspension takes effect.</summary>
    public A036OnSuspension OnSuspension(DateOnly day) => Changes.RowOn(day).Choice<A036OnSuspension>("onSuspension");
}
