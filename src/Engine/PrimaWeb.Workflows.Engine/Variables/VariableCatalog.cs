using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>
/// Every declared workflow variable: those of the registered families and those the registered activities read or
/// write. One name has one declaration; a second, different one stops the start-up.
/// </summary>
public sealed class VariableCatalog
{
    private readonly Dictionary<string, WorkflowVariable> _byName = new(StringComparer.Ordinal);

    public VariableCatalog(IEnumerable<VariableFamily> families, IActivityRegistry activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        Families = [.. families];
        var declared = Families.SelectMany(f => f.Variables)
            .Concat(activities.List().SelectMany(d => d.Variables.Reads.Concat(d.Variables.Writes)));
        foreach (var variable in declared)
        {
            if (_byName.TryGetValue(variable.Name, out var existing) && !ReferenceEquals(existing, variable))
            {
                throw new InvalidOperationException($"The workflow variable '{variable.Name}' is declared twice ({existing.Type} and {variable.Type}); declare it once.");
            }

            _byName[variable.Name] = variable;
        }
    }

    public IReadOnlyList<VariableFamily> Families { get; }

    /// <summary>The declaration of <paramref name="name"/>, or null when none declares it.</summary>
    public WorkflowVariable? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The variables the host sets when it starts an instance.</summary>
    public IEnumerable<WorkflowVariable> SetAtStart => _byName.Values.Where(v => v.SetAtStart);
}
