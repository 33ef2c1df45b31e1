using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>The BCSS checks before a consultation: the person exists and the caller integrated him (today, and on a day of the period).</summary>
internal static class Guards
{
    public static Reply? Consultation(SimulatorState state, Caller caller, Niss ssin, Period? period, out SimulatedPerson person)
    {
        person = state.Population.Find(ssin)!;
        if (person is null)
        {
            return Reply.UnknownSsin(ssin);
        }

        var cpas = caller.Cpas!;
        if (!state.Register.IsIntegrated(cpas, ssin, state.Today())
            || (period is not null && !state.Register.HasDayInCommon(cpas, ssin, period)))
        {
            return Reply.NotIntegrated(ssin);
        }

        return null;
    }

    public static Reply Found<T>(T data, bool any)
        where T : class => any ? Reply.Ok(data) : Reply.NoData(data);

    public static bool Overlaps(Period line, Period? asked) => asked is null || line.Overlaps(asked);
}
