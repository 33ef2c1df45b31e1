using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>Addresses, Waiting Register, Pensions Cadastre, real estate, family allowances, unemployment.</summary>
internal static class FlowEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<AddressHistoryRequest>(ServiceCatalog.AddressHistory, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Residences.Where(r => Guards.Overlaps(r.Period, request.Period)).ToList();
            return Guards.Found(new AddressHistoryAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<WaitingRegisterRequest>(ServiceCatalog.WaitingRegister, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, null, out var person)
            ?? Guards.Found(new WaitingRegisterAnswer(request.SSIN, [.. person.AsylumProcedures]), person.AsylumProcedures.Count > 0));

        app.MapService<PensionCadastreRequest>(ServiceCatalog.PensionCadastre, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Pensions.Where(p => p.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new PensionCadastreAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<RealEstateRequest>(ServiceCatalog.RealEstate, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, null, out var person)
            ?? Guards.Found(new RealEstateAnswer(request.SSIN, [.. person.Properties]), person.Properties.Count > 0));

        app.MapService<FamilyAllowancesRequest>(ServiceCatalog.FamilyAllowances, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.FamilyAllowances.Where(f => f.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new FamilyAllowancesAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<UnemploymentRequest>(ServiceCatalog.Unemployment, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Unemployment
                .Where(u => request.Period.Overlaps(new FederalServices.Common.Period(new DateOnly(u.Year, u.Month, 1), new DateOnly(u.Year, u.Month, 1).AddMonths(1).AddDays(-1))))
                .ToList();
            return Guards.Found(new UnemploymentAnswer(request.SSIN, lines), lines.Count > 0);
        });
    }
}
