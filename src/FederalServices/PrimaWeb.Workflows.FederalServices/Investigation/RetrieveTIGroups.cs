using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>Transaction 25 (RetrieveTIGroups): the register data of a person grouped by information type (IT codes).</summary>
public sealed record RetrieveTIGroupsRequest(Niss SSIN, string Language = "fr", bool History = false);

/// <summary>One group per information type, the current value first, history after when asked.</summary>
public sealed record RetrieveTIGroupsAnswer(Niss SSIN, IReadOnlyList<InformationTypeGroup> Groups);

/// <summary>One information type (IT001 address, IT140 household, IT150 death…) with its date and values.</summary>
public sealed record InformationTypeGroup(string Code, string Label, DateOnly? Date, IReadOnlyDictionary<string, string> Values);
