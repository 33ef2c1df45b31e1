namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>Input for a household member: who, how related to the main person, and from/to which day (To null = still there).</summary>
public sealed record HouseholdMemberEntry(Guid PersonId, HouseholdRelation Relation, DateOnly From, DateOnly? To = null);
