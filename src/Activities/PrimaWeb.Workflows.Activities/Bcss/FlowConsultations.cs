using System.Text.Json;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Calls one data flow of the gateway for one person and returns the answer as JSON. Flows that read a period look
/// back one year from the request's reception.
/// </summary>
public sealed class FlowConsultations(IInvestigationClient investigationClient, IIdentificationClient identificationClient)
{
    private readonly IInvestigationClient investigation = investigationClient;
    private readonly IIdentificationClient identification = identificationClient;

    private static readonly Dictionary<string, Func<FlowConsultations, FederalCallContext, Niss, Period, CancellationToken, Task<object>>> Flows =
        new(StringComparer.Ordinal)
        {
            [ServiceCatalog.IdentifyPerson.Name] = async (f, c, n, _, t) => await f.identification.IdentifyBySsinAsync(c, n, t),
            [ServiceCatalog.PerformInvestigation.Name] = async (f, c, n, _, t) => await f.investigation.PerformInvestigationAsync(c, new(n), t),
            [ServiceCatalog.RetrieveTIGroups.Name] = async (f, c, n, _, t) => await f.investigation.RetrieveTIGroupsAsync(c, new(n), t),
            [ServiceCatalog.HealthInsurance.Name] = async (f, c, n, p, t) => await f.investigation.ConsultHealthInsuranceAsync(c, new(n, p), t),
            [ServiceCatalog.L950.Name] = async (f, c, n, p, t) => await f.investigation.ConsultPersonnelFileAsync(c, new(n, p), t),
            [ServiceCatalog.L301.Name] = async (f, c, n, p, t) => await f.investigation.ConsultSelfEmployedAsync(c, new(n, p), t),
            [ServiceCatalog.AddressHistory.Name] = async (f, c, n, p, t) => await f.investigation.ConsultAddressesAsync(c, new(n, p), t),
            [ServiceCatalog.WaitingRegister.Name] = async (f, c, n, _, t) => await f.investigation.ConsultWaitingRegisterAsync(c, new(n), t),
            [ServiceCatalog.PensionCadastre.Name] = async (f, c, n, p, t) => await f.investigation.ConsultPensionCadastreAsync(c, new(n, p), t),
            [ServiceCatalog.RealEstate.Name] = async (f, c, n, _, t) => await f.investigation.ConsultRealEstateAsync(c, new(n), t),
            [ServiceCatalog.FamilyAllowances.Name] = async (f, c, n, p, t) => await f.investigation.ConsultFamilyAllowancesAsync(c, new(n, p), t),
            [ServiceCatalog.Unemployment.Name] = async (f, c, n, p, t) => await f.investigation.ConsultUnemploymentAsync(c, new(n, p), t),
        };

    public static IReadOnlyList<string> Services { get; } = [.. Flows.Keys.Order(StringComparer.Ordinal)];

    public static bool IsSupported(string service) => Flows.ContainsKey(service);

    /// <summary>The answer as JSON (the gateway's JSON shape).</summary>
    /// <exception cref="FederalServices.Errors.FederalServiceException">Refused by the control, by the service, or unavailable.</exception>
    public async Task<string> ConsultAsync(string service, FederalCallContext context, Niss person, DateOnly receivedOn, CancellationToken cancellationToken)
    {
        var flow = Flows.TryGetValue(service, out var found)
            ? found
            : throw new InvalidOperationException($"'{service}' is not a flow this step can consult.");
        var answer = await flow(this, context, person, new Period(receivedOn.AddYears(-1), receivedOn), cancellationToken);
        return JsonSerializer.Serialize(answer, answer.GetType(), FederalJson.Options);
    }
}
