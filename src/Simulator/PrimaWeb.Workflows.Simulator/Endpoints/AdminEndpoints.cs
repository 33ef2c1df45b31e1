using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Mutations;
using PrimaWeb.Workflows.Simulator.Faults;
using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator.Endpoints;

/// <summary>
/// Administration for people and out-of-process tests: faults, the request journal, mutations, a look at the
/// population. Plain JSON (not the service envelope).
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapGet("/faults", (SimulatorState state) => state.Faults.Active);
        admin.MapPost("/faults", (SimulatorState state, FaultRule rule) =>
        {
            state.Faults.Add(rule);
            return Results.Created("/admin/faults", rule);
        });
        admin.MapDelete("/faults", (SimulatorState state) =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/requests", (SimulatorState state) => state.Journal.Entries);
        admin.MapPost("/mutations", (SimulatorState state, MutationCommand command) =>
        {
            if (!Niss.TryParse(command.SSIN, out var niss) || state.Population.Find(niss) is null)
            {
                return Results.BadRequest($"Unknown SSIN '{command.SSIN}'.");
            }

            try
            {
                return Results.Ok(state.PublishMutation(niss, command.Kind, command.EffectiveDate, command.Values));
            }
            catch (DomainValidationException refusal)
            {
                // A new address the domain refuses would otherwise reach the gateway as a malformed answer.
                return Results.BadRequest($"{refusal.Field}: {refusal.Message}");
            }
        });
        admin.MapGet("/population", (SimulatorState state, int? take) =>
        {
            lock (state.Gate)
            {
                return state.Population.Persons.Take(take ?? 50).Select(p => new
                {
                    SSIN = p.Niss.Value,
                    p.Name.LastName,
                    p.Name.FirstName,
                    BirthDate = p.BirthDate.ToString(),
                    Profile = p.Profile.ToString(),
                    Register = p.Register.ToString(),
                    p.HouseholdId,
                    p.SisCardNumber,
                }).ToList();
            }
        });
    }

    /// <summary>Body of <c>POST /admin/mutations</c>.</summary>
    internal sealed record MutationCommand(string SSIN, MutationKind Kind, DateOnly EffectiveDate, Dictionary<string, string>? Values);
}
