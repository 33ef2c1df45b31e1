using PrimaWeb.Workflows.Integrations.Catalog;
using PrimaWeb.Workflows.Integrations.Investigation;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>Addresses, Waiting Register, Pensions Cadastre, real estate, family allowances, unemployment.</summary>
internal static class FlowEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<AddressHistoryRequest>(FederalServices.AddressHistory, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Residences.Where(r => Guards.Overlaps(r.Period, request.Period)).ToList();
            return Guards.Found(new AddressHistoryAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<WaitingRegisterRequest>(FederalServices.WaitingRegister, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, null, out var person)
            ?? Guards.Found(new WaitingRegisterAnswer(request.SSIN, [.. person.AsylumProcedures]), person.AsylumProcedures.Count > 0));

        app.MapService<PensionCadastreRequest>(FederalServices.PensionCadastre, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Pensions.Where(p => p.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new PensionCadastreAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<RealEstateRequest>(FederalServices.RealEstate, (state, caller, request) =>
            Guards.Consultation(state, caller, request.SSIN, null, out var person)
            ?? Guards.Found(new RealEstateAnswer(request.SSIN, [.. person.Properties]), person.Properties.Count > 0));

        app.MapService<FamilyAllowancesRequest>(FederalServices.FamilyAllowances, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.FamilyAllowances.Where(f => f.Period.Overlaps(request.Period)).ToList();
            return Guards.Found(new FamilyAllowancesAnswer(request.SSIN, lines), lines.Count > 0);
        });

        app.MapService<UnemploymentRequest>(FederalServices.Unemployment, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, request.Period, out var person) is { } refused)
            {
                return refused;
            }

            var lines = person.Unemployment
                .Where(u => request.Period.Overlaps(new Integrations.Common.Period(new DateOnly(u.Year, u.Month, 1), new DateOnly(u.Year, u.Month, 1).AddMonths(1).AddDays(-1))))
                .ToList();
            return Guards.Found(new UnemploymentAnswer(request.SSIN, lines), lines.Count > 0);
        });
    }
}
