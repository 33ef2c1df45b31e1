using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Mutations;

namespace PrimaWeb.Workflows.Simulator.Mutations;

/// <summary>The mutations of the registers in order; each CPAS reads those of the persons it had integrated on the mutation's date. Used under the state's lock.</summary>
public sealed class MutationFeed
{
    private readonly List<Mutation> _mutations = [];

    public IReadOnlyList<Mutation> All => _mutations;

    public Mutation Publish(Niss person, MutationKind kind, DateOnly effectiveDate, string description, IReadOnlyDictionary<string, string> values)
    {
        var informationType = kind switch
        {
            MutationKind.AddressChange => "IT001",
            MutationKind.HouseholdChange => "IT140",
            MutationKind.Death => "IT150",
            MutationKind.CivilStatusChange => "IT120",
            MutationKind.RegisterChange => "IT210",
            _ => "IT000",
        };
        var mutation = new Mutation(_mutations.Count + 1, person, informationType, kind, effectiveDate, description, values);
        _mutations.Add(mutation);
        return mutation;
    }

    public IReadOnlyList<Mutation> Read(long afterSequence, int maximum, Func<Mutation, bool> visible) =>
        [.. _mutations.Where(m => m.Sequence > afterSequence && visible(m)).Take(Math.Clamp(maximum, 1, 1000))];
}
