using System.Text.Json;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// A consultation's answer read back into the gateway's typed answer of its flow (the JSON the case file keeps is the
/// gateway's own), so the screens show a card per flow rather than JSON. Null for a flow the screens do not know or an
/// answer that does not read: the page then says it cannot show it.
/// </summary>
public static class ConsultationAnswers
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [ServiceCatalog.IdentifyPerson.Name] = typeof(IdentifyPersonAnswer),
        [ServiceCatalog.PerformInvestigation.Name] = typeof(PerformInvestigationAnswer),
        [ServiceCatalog.RetrieveTIGroups.Name] = typeof(RetrieveTIGroupsAnswer),
        [ServiceCatalog.HealthInsurance.Name] = typeof(HealthInsuranceAnswer),
        [ServiceCatalog.L950.Name] = typeof(L950Answer),
        [ServiceCatalog.L301.Name] = typeof(L301Answer),
        [ServiceCatalog.AddressHistory.Name] = typeof(AddressHistoryAnswer),
        [ServiceCatalog.WaitingRegister.Name] = typeof(WaitingRegisterAnswer),
        [ServiceCatalog.PensionCadastre.Name] = typeof(PensionCadastreAnswer),
        [ServiceCatalog.RealEstate.Name] = typeof(RealEstateAnswer),
        [ServiceCatalog.FamilyAllowances.Name] = typeof(FamilyAllowancesAnswer),
        [ServiceCatalog.Unemployment.Name] = typeof(UnemploymentAnswer),
    };

    /// <summary>The flows a card exists for.</summary>
    public static IReadOnlyCollection<string> Services => Types.Keys;

    public static object? Read(string service, string? json)
    {
        if (json is null || !Types.TryGetValue(service, out var type))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, type, FederalJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
