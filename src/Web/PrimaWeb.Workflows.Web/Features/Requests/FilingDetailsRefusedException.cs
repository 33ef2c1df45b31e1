using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>The details given at filing were refused: nothing was filed. <see cref="Refusals"/> name the fields as the form does.</summary>
public sealed class FilingDetailsRefusedException(IReadOnlyList<Refusal> refusals)
    : Exception(string.Join("; ", refusals.Select(r => r.Message)))
{
    public IReadOnlyList<Refusal> Refusals { get; } = refusals;
}
