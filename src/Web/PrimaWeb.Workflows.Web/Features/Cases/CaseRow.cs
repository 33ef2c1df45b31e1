namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>One line of the case list (page and API).</summary>
public sealed record CaseRow(Guid Id, string Reference, string MainPerson, string Niss, DateOnly OpenedOn, string Status, int Requests);
