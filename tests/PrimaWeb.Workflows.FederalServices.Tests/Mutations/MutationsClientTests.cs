using PrimaWeb.Workflows.FederalServices.Mutations;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Mutations;

public sealed class MutationsClientTests
{
    [Fact]
    public async Task GetMutationsAsync_AddressChangeOfAnIntegratedPerson_IsInTheFeed()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Unemployed);
        var stranger = harness.Person(p => p.Profile == PersonProfile.Employee);
        var published = harness.State.PublishMutation(person.Niss, MutationKind.AddressChange, harness.Today,
            new Dictionary<string, string> { ["StreetName"] = "Rue Haute", ["HouseNumber"] = "7", ["PostalCode"] = "1000", ["Municipality"] = "Bruxelles" });
        harness.State.PublishMutation(stranger.Niss, MutationKind.Death, harness.Today);

        var answer = await harness.Mutations.GetMutationsAsync(harness.Context(), new MutationsRequest());

        var mutation = answer.Mutations.ShouldHaveSingleItem();
        mutation.Sequence.ShouldBe(published.Sequence);
        mutation.InformationType.ShouldBe("IT001");
        mutation.Values["StreetName"].ShouldBe("Rue Haute");
        answer.LastSequence.ShouldBe(published.Sequence);
        person.CurrentAddress!.Street.ShouldBe("Rue Haute");
    }

    [Fact]
    public async Task GetMutationsAsync_AfterTheLastSequenceRead_ReturnsOnlyNewOnes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Pensioner);
        var first = harness.State.PublishMutation(person.Niss, MutationKind.HouseholdChange, harness.Today);
        var death = harness.State.PublishMutation(person.Niss, MutationKind.Death, harness.Today);

        var answer = await harness.Mutations.GetMutationsAsync(harness.Context(), new MutationsRequest(first.Sequence));

        answer.Mutations.ShouldHaveSingleItem().InformationType.ShouldBe("IT150");
        answer.LastSequence.ShouldBe(death.Sequence);
    }
}
