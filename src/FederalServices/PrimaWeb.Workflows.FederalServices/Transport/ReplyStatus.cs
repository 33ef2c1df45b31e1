namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>The status block of every answer (the BCSS <c>ReplyStatus</c>/<c>ResultSummary</c>).</summary>
/// <param name="Code">A code of <see cref="BcssStatusCodes"/>.</param>
/// <param name="Description">The receiver's text.</param>
/// <param name="Details">For an invalid request: one entry per refused field.</param>
public sealed record ReplyStatus(string Code, string Description, IReadOnlyList<ReplyDetail>? Details = null)
{
    public static ReplyStatus Ok { get; } = new(BcssStatusCodes.DataFound, "DATA_FOUND");
}
