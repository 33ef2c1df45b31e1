namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>
/// The workflow variables an activity type reads and writes. The engine refuses, at run time, a read or a write the
/// activity did not declare, and the import check knows from it what each activity of a definition writes.
/// </summary>
public sealed class VariableAccess
{
    private VariableAccess(IReadOnlyList<WorkflowVariable> reads, IReadOnlyList<WorkflowVariable> writes)
    {
        Reads = reads;
        Writes = writes;
    }

    /// <summary>Reads and writes nothing.</summary>
    public static VariableAccess None { get; } = new([], []);

    public IReadOnlyList<WorkflowVariable> Reads { get; }

    public IReadOnlyList<WorkflowVariable> Writes { get; }

    public static VariableAccess Reading(params IEnumerable<WorkflowVariable> variables) => None.AndReading(variables);

    public static VariableAccess Writing(params IEnumerable<WorkflowVariable> variables) => None.AndWriting(variables);

    public VariableAccess AndReading(params IEnumerable<WorkflowVariable> variables) => new([.. Reads.Union(variables)], Writes);

    public VariableAccess AndWriting(params IEnumerable<WorkflowVariable> variables) => new(Reads, [.. Writes.Union(variables)]);

    /// <summary>True when the activity declared it reads or writes <paramref name="variable"/>.</summary>
    public bool MayRead(WorkflowVariable variable) => Reads.Contains(variable) || Writes.Contains(variable);

    public bool MayWrite(WorkflowVariable variable) => Writes.Contains(variable);
}
