using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>What a simulated service answers: a status, the data, and the HTTP status (200 unless the request is invalid).</summary>
public sealed record Reply(ReplyStatus Status, object? Data, int HttpStatus = StatusCodes.Status200OK)
{
    public static Reply Ok(object data) => new(ReplyStatus.Ok, data);

    public static Reply NoData(object data) => new(new ReplyStatus(BcssStatusCodes.NoDataFound, "NO_DATA_FOUND"), data);

    public static Reply UnknownSsin(Niss ssin) =>
        new(new ReplyStatus(BcssStatusCodes.SsinDoesNotExist, $"SSIN {ssin} does not exist"), null);

    /// <summary>The BCSS refusal for a person the calling CPAS has not integrated (MSG00012, classic code -300020).</summary>
    public static Reply NotIntegrated(Niss ssin) => new(new ReplyStatus(BcssStatusCodes.NotSufficientlyIntegrated,
        $"SSIN {ssin} not sufficiently integrated for your organisation (-300020: not integrated with the given capacity code and phase)"), null);

    public static Reply Invalid(params ReplyDetail[] details) => new(
        new ReplyStatus(BcssStatusCodes.IncompleteData, "INCOMPLETE_DATA", details), null, StatusCodes.Status400BadRequest);
}
