using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Mutations;
using PrimaWeb.Workflows.Simulator.Faults;
using PrimaWeb.Workflows.Simulator.Heating;
using PrimaWeb.Workflows.Simulator.Mutations;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Simulator.Registers;
using PrimaWeb.Workflows.Simulator.SppIs;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>
/// Everything the simulated services hold, and the in-process API tests use (integrate a person directly, inject
/// faults, publish a mutation, read the journal). One lock guards it: the simulator favours simple and correct
/// over concurrent.
/// </summary>
public sealed class SimulatorState
{
    public SimulatorState(SimulatorOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Population = SimulatedPopulation.Generate(options.Seed, options.PopulationSize, options.ReferenceDate);
        SppIs = new SppIsDesk(Register, options.AnswerDelay);
        Faults = new FaultInjector(options.Faults);
        SeedMutations();

        // After the seeded mutations, which pick their persons from the random population alone.
        if (options.DemoHouseholds)
        {
            foreach (var household in DemoHouseholds.Build(Population.Households.Count + 1))
            {
                Population.Add(household);
            }
        }
    }

    public Lock Gate { get; } = new();

    public SimulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public SimulatedPopulation Population { get; }

    public ReferenceDirectory Register { get; } = new();

    public SppIsDesk SppIs { get; }

    public HeatingFund Heating { get; } = new();

    public MutationFeed Mutations { get; } = new();

    public FaultInjector Faults { get; }

    public RequestJournal Journal { get; } = new();

    internal IdempotencyStore Idempotency { get; } = new();

    /// <summary>Today in Belgium, by the injected clock.</summary>
    public DateOnly Today() => LegalClock.Today(Time);

    /// <summary>Integrates a person directly in the simulated directory (test set-up without a ManageAccess call).</summary>
    public void Integrate(string cpas, Niss person, int purpose, Period period)
    {
        lock (Gate)
        {
            var (_, refusal) = Register.Register(cpas, person, purpose, period);
            if (refusal is not null)
            {
                throw new ArgumentException(refusal, nameof(period));
            }
        }
    }

    /// <summary>Publishes a mutation and applies it to the person (new address, death).</summary>
    public Mutation PublishMutation(Niss person, MutationKind kind, DateOnly effectiveDate, IReadOnlyDictionary<string, string>? values = null)
    {
        lock (Gate)
        {
            var subject = Population.Find(person) ?? throw new ArgumentException($"Unknown person {person}.", nameof(person));
            values ??= new Dictionary<string, string>();
            string description;
            switch (kind)
            {
                case MutationKind.Death:
                    subject.DeathDate = effectiveDate;
                    description = $"Décès le {effectiveDate:dd/MM/yyyy}";
                    break;
                case MutationKind.AddressChange:
                    {
                        var current = subject.Residences.LastOrDefault(r => r.Period.EndDate is null);
                        var address = new Address(
                            values.GetValueOrDefault("StreetName", "Rue Neuve"), values.GetValueOrDefault("HouseNumber", "1"), null,
                            values.GetValueOrDefault("PostalCode", "1000"), values.GetValueOrDefault("Municipality", "Bruxelles"));
                        if (current is not null)
                        {
                            subject.Residences[subject.Residences.IndexOf(current)] = current with { Period = current.Period with { EndDate = effectiveDate.AddDays(-1) } };
                        }

                        subject.Residences.Add(new ResidenceLine(address, new Period(effectiveDate)));
                        values = new Dictionary<string, string>
                        {
                            ["StreetName"] = address.Street,
                            ["HouseNumber"] = address.HouseNumber,
                            ["PostalCode"] = address.PostalCode,
                            ["Municipality"] = address.Municipality,
                        };
                        description = $"Nouvelle résidence principale: {address.Street} {address.HouseNumber}, {address.PostalCode} {address.Municipality}";
                        break;
                    }

                case MutationKind.HouseholdChange:
                    description = values.GetValueOrDefault("Description", "Modification de la composition de ménage");
                    break;
                default:
                    description = kind.ToString();
                    break;
            }

            return Mutations.Publish(person, kind, effectiveDate, description, values);
        }
    }

    private void SeedMutations()
    {
        // A few changes after the reference date, from the seed, so the feed has content for whoever integrates them.
        var random = new Random(Options.Seed + 1);
        var adults = Population.Persons.Where(p => p.Profile != PersonProfile.Child && p.DeathDate is null).ToList();
        for (var i = 0; i < 12; i++)
        {
            var person = adults[random.Next(adults.Count)];
            var date = Options.ReferenceDate.AddDays(random.Next(20, 300));
            var kind = (i % 3) switch { 0 => MutationKind.AddressChange, 1 => MutationKind.HouseholdChange, _ => MutationKind.Death };
            var values = kind == MutationKind.AddressChange
                ? new Dictionary<string, string> { ["StreetName"] = "Rue des Mutations", ["HouseNumber"] = (i + 1).ToString(CultureInfo.InvariantCulture), ["PostalCode"] = "5000", ["Municipality"] = "Namur" }
                : new Dictionary<string, string> { ["Description"] = "Arrivée d'un nouveau membre majeur dans le ménage" };
            PublishMutation(person.Niss, kind, date, values);
        }
    }
}
