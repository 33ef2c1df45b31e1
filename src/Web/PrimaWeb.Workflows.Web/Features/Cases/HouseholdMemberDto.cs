namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>One membership period of a household composition (<see cref="To"/> null: still there).</summary>
public sealed record HouseholdMemberDto(Guid MemberId, Guid PersonId, string Niss, string Name, string Relation, string From, string? To);
