using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>
/// Loi 65 forms of an equivalent RIS as the SPP-IS expects them (loi65.md §1–2, issue 14 point 4): form A with the main
/// beneficiary's real nationality and every covered person, the integration control over each of them on form A's date,
/// and the codes of B1 from the reference data.
/// </summary>
public sealed class Loi65FormsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Form_A_of_a_category_3_household_names_the_partner_and_the_two_minor_children_with_the_Moroccan_nationality_code()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var household = Category3Household(harness, mainNationality: "MA");

        await ToGrantedAsync(harness, household);

        var form = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.RequestId == household.Request.Id && f.Type == SppIsFormType.Loi65AB);
        form.Status.ShouldBe(SppIsFormStatus.Accepted, string.Join("; ", form.Reasons.Select(r => r.Description)));
        var sent = JsonSerializer.Deserialize<Loi65ABRequest>(form.ContentJson, FederalJson.Options)!;
        sent.FormA!.NationalityCode.ShouldBe(354, "Morocco in the reference data, not Belgium's 150");
        sent.FormA.MainBeneficiary.ShouldBe(household.Main.Niss);
        sent.FormA.SecondaryBeneficiaries.Select(s => (s.SSIN, s.Relationship)).ShouldBe(
            [(household.Partner.Niss, "PARTNER"), (household.Children[0].Niss, "CHILD"), (household.Children[1].Niss, "CHILD")],
            ignoreOrder: true);
        sent.FormA.SecondaryBeneficiaries.ShouldNotContain(s => s.SSIN == household.AdultSon.Niss || s.SSIN == household.CoTenant.Niss);
        sent.FormA.EffectiveDate.ShouldBe(harness.Today);
        sent.FormB!.BeneficiaryStatus.ShouldBe("B", "the financial aid status of loi65.formCodes");
    }

    [Fact]
    public async Task Form_A_is_not_sent_while_a_covered_child_is_not_integrated_on_its_date_and_the_task_names_the_child()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var household = Category3Household(harness, mainNationality: "BE");
        await ToCouncilAsync(harness, household);

        // The aid starts tomorrow, and the second child's integration en enquête ends today: on form A's date only the
        // other persons are integrated (the form runs before the grant's integration in the decision's branches).
        var register = harness.CaseFile.Register(RequestHarness.Tenant, household.Children[1].Niss);
        register.Disintegrate(register.Integrations.ShouldHaveSingleItem().Id, harness.Today);
        var decision = RequestScenario.Council("Granted", harness.Today);
        decision["from"] = harness.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await harness.CompleteAsync("council-decision", decision, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();

        harness.CaseFile.Records.OfType<SppIsForm>().ShouldNotContain(f => f.RequestId == household.Request.Id && f.Type == SppIsFormType.Loi65AB);
        (await harness.OpenTasksAsync("form-not-integrated")).ShouldHaveSingleItem();
        var message = (await harness.InstanceAsync(household.InstanceId)).State.Variables["sppIsMessage"]!.GetValue<string>();
        message.ShouldContain(household.Children[1].Niss.Formatted);
        message.ShouldNotContain(household.Children[0].Niss.Formatted);
    }

    [Fact]
    public async Task A_nationality_without_a_form_A_code_stops_the_form_with_a_message_naming_the_person_and_what_to_do()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var household = Category3Household(harness, mainNationality: "JP");

        await ToGrantedAsync(harness, household);

        harness.CaseFile.Records.OfType<SppIsForm>().ShouldNotContain(f => f.RequestId == household.Request.Id && f.Type == SppIsFormType.Loi65AB);
        (await harness.OpenTasksAsync("form-not-integrated")).ShouldHaveSingleItem();
        var message = (await harness.InstanceAsync(household.InstanceId)).State.Variables["sppIsMessage"]!.GetValue<string>();
        message.ShouldStartWith($"{household.Main.FirstName} {household.Main.LastName} ({household.Main.Niss.Formatted})");
        message.ShouldContain("JP");
        message.ShouldContain("loi65.nationalityCodes");
    }

    private static async Task ToCouncilAsync(RequestHarness harness, Household household)
    {
        await harness.DeliverOutboxAsync();
        await harness.CompleteAsync("record-resources", new JsonObject { ["category"] = "FamilyWithDependants", ["claimantEarnedIncome"] = 400 });
        await harness.CompleteAsync("social-report", new JsonObject { ["report"] = "Couple avec deux enfants mineurs.", ["proposal"] = "Grant" });
    }

    private static async Task ToGrantedAsync(RequestHarness harness, Household household)
    {
        await ToCouncilAsync(harness, household);
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();
    }

    /// <summary>A category 3 household (ris.md §1): a couple with two minor children, an adult son and a co-tenant, filing an equivalent RIS.</summary>
    private static Household Category3Household(RequestHarness harness, string mainNationality)
    {
        var adults = harness.Adults().Take(4).ToList();
        var minors = harness.Simulator.State.Population.Persons
            .Where(p => p.DeathDate is null && !p.Niss.IsBis && p.BirthDate.IsComplete && p.Niss.BirthDate == p.BirthDate.ToDateOrFirst()
                && p.BirthDate.ToDateOrFirst() > harness.Today.AddYears(-17))
            .Take(2).ToList();
        minors.Count.ShouldBe(2);
        var main = Add(harness, adults[0], mainNationality);
        var partner = Add(harness, adults[1], mainNationality);
        var children = minors.Select(m => Add(harness, m, mainNationality)).ToList();
        var adultSon = Add(harness, adults[2], mainNationality);
        var coTenant = Add(harness, adults[3], "BE");
        var (@case, request) = harness.OpenRequest(main, RequestType.EquivalentRis, harness.Today, (partner, HouseholdRelation.Partner),
            (children[0], HouseholdRelation.Child), (children[1], HouseholdRelation.Child), (adultSon, HouseholdRelation.Child), (coTenant, HouseholdRelation.Other));
        var instanceId = harness.StartAsync("equivalent-ris", @case, request, main).GetAwaiter().GetResult();
        return new Household(request, instanceId, main, partner, children, adultSon, coTenant);
    }

    private static Person Add(RequestHarness harness, SimulatedPerson simulated, string nationality)
    {
        var person = new Person(RequestHarness.Tenant, simulated.Niss, simulated.Name.LastName, simulated.Name.FirstName, simulated.BirthDate.ToDateOrFirst(),
            Gender.Unknown, nationality, new Address("Rue de Fer", "12", null, "5000", "Namur"), Language.Fr);
        harness.CaseFile.Add(person);
        return person;
    }

    private sealed record Household(Request Request, Guid InstanceId, Person Main, Person Partner, IReadOnlyList<Person> Children, Person AdultSon, Person CoTenant);
}
