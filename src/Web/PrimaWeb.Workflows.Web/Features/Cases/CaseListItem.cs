using PrimaWeb.Workflows.Domain.Cases;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>One line of the case list screen.</summary>
public sealed record CaseListItem(Guid Id, string Reference, string MainPerson, string Niss, DateOnly OpenedOn, CaseStatus Status, string? SocialWorkerId);
