namespace PrimaWeb.Workflows.Web.Pages;

/// <summary>One line of the case list.</summary>
public sealed record CaseRow(string Reference, string MainPerson, string Niss, DateOnly OpenedOn, string Status, int Requests);
