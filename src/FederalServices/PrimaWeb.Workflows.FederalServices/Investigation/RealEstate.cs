using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation des Biens Immobiliers" (SPF Finances patrimony): the properties a person holds rights on.</summary>
public sealed record RealEstateRequest(Niss SSIN);

public sealed record RealEstateAnswer(Niss SSIN, IReadOnlyList<PropertyRight> Properties);

/// <summary>A property: parcel, municipality, non-indexed cadastral income, share and nature of the right.</summary>
public sealed record PropertyRight(
    string CadastralParcel,
    string Municipality,
    decimal NonIndexedCadastralIncome,
    decimal SharePercentage,
    string RightNature,
    bool IsOwnDwelling);
