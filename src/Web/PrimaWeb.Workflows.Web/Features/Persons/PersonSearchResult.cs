namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The persons a phonetic search found: the CPAS's own first, then those of the registers it does not know yet.
/// <see cref="RegisterMessage"/> says why the registers gave nothing when they could not be searched.
/// </summary>
public sealed record PersonSearchResult(IReadOnlyList<PersonDto> Persons, string? RegisterMessage);
