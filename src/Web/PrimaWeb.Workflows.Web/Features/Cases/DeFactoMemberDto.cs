namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// A member of the de facto household: a person of the CPAS by <see cref="PersonId"/>, or by <see cref="Niss"/> (imported
/// from the National Register when unknown). <see cref="Relation"/>: MainPerson, Partner, Child, Parent, OtherRelative, Other.
/// </summary>
public sealed record DeFactoMemberDto(Guid? PersonId, string? Niss, string? Relation, string? From, string? To = null);
