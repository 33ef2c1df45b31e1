namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>The codes of form B1 and form C in force on a day (reference table <c>loi65.formCodes</c>).</summary>
public sealed record Loi65FormCodes(string FinancialAidStatus, IReadOnlyDictionary<Loi65StopKind, (string Nature, string Reason)> Stops)
{
    public (string Nature, string Reason) Stop(Loi65StopKind kind) => Stops[kind];
}
