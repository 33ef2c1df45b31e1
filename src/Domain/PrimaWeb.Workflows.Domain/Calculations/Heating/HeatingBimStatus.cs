namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>BIM situation of the household, which decides whether category 1 needs an income check.</summary>
public enum HeatingBimStatus
{
    /// <summary>Nobody is entitled to BIM.</summary>
    None,

    /// <summary>The claimant or a member is BIM, not all: household income must be at most the category 2 limit.</summary>
    MemberBim,

    /// <summary>Every member is BIM: no income check.</summary>
    AllMembersBim,

    /// <summary>A single BIM person, with or without children: no income check.</summary>
    SingleBimPerson,

    /// <summary>OMNIO household: no income check.</summary>
    Omnio,
}
