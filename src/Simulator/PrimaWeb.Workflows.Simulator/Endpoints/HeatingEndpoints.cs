using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>BIM/OMNIO status and the heating allowance database (compute, save, consult).</summary>
internal static class HeatingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapService<RvvBimOmnioStatusRequest>(ServiceCatalog.RvvBimOmnioStatus, (state, caller, request) =>
        {
            var day = new Period(request.ReferenceDate, request.ReferenceDate);
            if (Guards.Consultation(state, caller, request.SSIN, day, out var person) is { } refused)
            {
                return refused;
            }

            var insurability = person.Insurability.FirstOrDefault(i => i.Period.Contains(request.ReferenceDate));
            return Reply.Ok(new RvvBimOmnioStatusAnswer(request.SSIN, request.ReferenceDate,
                insurability?.IncreasedReimbursement ?? false, insurability is not null && person.Omnio, insurability?.MutualityCode));
        });

        app.MapService<ConsultAllocationRequest>(ServiceCatalog.HeatingAllocationConsultAllocation, (state, caller, request) =>
        {
            if (Guards.Consultation(state, caller, request.SSIN, Period.Year(request.HeatingPeriod), out var person) is { } refused)
            {
                return refused;
            }

            var paid = state.Heating.PaidFor(person.HouseholdId, request.HeatingPeriod);
            return Guards.Found(new ConsultAllocationAnswer(request.SSIN, request.HeatingPeriod, paid,
                state.Heating.LitresRemaining(person.HouseholdId, request.HeatingPeriod)), paid.Count > 0);
        });

        app.MapService<HeatingAllocationRequest>(ServiceCatalog.ComputeAllocation, (state, caller, request) =>
            Check(state, caller, request, out var household) ?? Reply.Ok(state.Heating.Compute(household, request)));

        app.MapService<HeatingAllocationRequest>(ServiceCatalog.SaveAllocation, (state, caller, request) =>
            Check(state, caller, request, out var household) ?? Reply.Ok(state.Heating.Save(household, caller.Cpas!, request)));
    }

    private static Reply? Check(SimulatorState state, Caller caller, HeatingAllocationRequest request, out int household)
    {
        household = 0;
        var period = Period.Year(request.HeatingPeriod);
        foreach (var beneficiary in request.SecondaryBeneficiaries.Prepend(request.MainBeneficiary))
        {
            if (Guards.Consultation(state, caller, beneficiary, period, out var person) is { } refused)
            {
                return refused;
            }

            if (beneficiary == request.MainBeneficiary)
            {
                household = person.HouseholdId;
            }
        }

        return null;
    }
}
