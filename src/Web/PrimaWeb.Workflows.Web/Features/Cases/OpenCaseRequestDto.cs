namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Opens a case for the person with this NISS; imported from the National Register when the CPAS does not know them.
/// <c>openedOn</c> is <c>yyyy-MM-dd</c>, today when omitted; <c>socialWorkerId</c> the social worker in charge, the
/// signed-in user when omitted.
/// </summary>
public sealed record OpenCaseRequestDto(string? Niss, string? OpenedOn = null, string? SocialWorkerId = null);
