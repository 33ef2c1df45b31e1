using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Tests.Support;

namespace PrimaWeb.Workflows.FederalServices.Tests.Access;

public sealed class AccessClientTests
{
    [Fact]
    public async Task RegisterAsync_WithSisCard_ListsTheNewInscription()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);
        var proof = new ProofOfAuthentication(person.SisCardNumber);

        await harness.Access.RegisterAsync(harness.Context(), person.Niss, 1, new Period(harness.Today, harness.Today.AddMonths(2).AddDays(-1)), proof);
        var listed = await harness.Access.ListAsync(harness.Context(), person.Niss, proof);

        var line = listed.Inscriptions.ShouldHaveSingleItem();
        line.Purpose.ShouldBe(1);
        line.OrgUnit.ShouldBe(17);
        line.Institution.ShouldBe(GatewayHarness.Cpas);
        line.Period.ShouldBe(new Period(new DateOnly(2026, 3, 16), new DateOnly(2026, 5, 15)));
    }

    [Fact]
    public async Task RegisterAsync_OpenEnd_EndsAtTheLongestTheCodeAllows()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var answer = await harness.Access.RegisterAsync(harness.Context(), person.Niss, 40, new Period(new DateOnly(2026, 3, 15)), new ProofOfAuthentication(person.SisCardNumber));

        answer.Inscriptions.ShouldHaveSingleItem().Period.EndDate.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public async Task RegisterAsync_Code1ForThreeMonths_IsRefusedOnTheEndDate()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() => harness.Access.RegisterAsync(
            harness.Context(), person.Niss, 1, new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)), new ProofOfAuthentication(person.SisCardNumber)));

        error.Fields.ShouldHaveSingleItem().Field.ShouldBe("Period.EndDate");
        error.Fields[0].Message.ShouldContain("2026-04-30");
    }

    [Fact]
    public async Task ManageAccessAsync_RegisterWithoutPurpose_IsRejectedBeforeAnyCall()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() => harness.Access.ManageAccessAsync(harness.Context(),
            new ManageAccessRequest(person.Niss, ManageAccessAction.REGISTER, null, new Period(harness.Today), new ProofOfAuthentication(person.SisCardNumber))));

        error.Fields.ShouldHaveSingleItem().Field.ShouldBe("Purpose");
        harness.RequestsTo(ServiceCatalog.ManageAccess.Name).ShouldBe(0);
    }

    [Fact]
    public async Task ManageAccessAsync_WithoutProof_IsRejected()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() => harness.Access.ManageAccessAsync(harness.Context(),
            new ManageAccessRequest(person.Niss, ManageAccessAction.REGISTER, 1, new Period(harness.Today), new ProofOfAuthentication())));

        error.Fields.ShouldHaveSingleItem().Field.ShouldBe("ProofOfAuthentication");
    }

    [Fact]
    public async Task RegisterAsync_ProofOfAnotherPerson_IsNotExecuted()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<InvalidFederalRequestException>(() => harness.Access.RegisterAsync(
            harness.Context(), person.Niss, 1, new Period(harness.Today), new ProofOfAuthentication(IdCardNumber: "999999999999")));

        error.Fields.ShouldHaveSingleItem().Field.ShouldBe("ProofOfAuthentication");
        harness.State.Register.LinesOf(GatewayHarness.Cpas, person.Niss).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnregisterAsync_FromToday_EndsTheLineYesterday()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);
        var proof = new ProofOfAuthentication(PersonData: new PersonData(person.Name.LastName, null, person.BirthDate.ToString()));
        await harness.Access.RegisterAsync(harness.Context(), person.Niss, 2, new Period(new DateOnly(2026, 1, 1)), proof);

        var answer = await harness.Access.UnregisterAsync(harness.Context(), person.Niss, 2, new Period(harness.Today), proof);

        answer.Inscriptions.ShouldHaveSingleItem().Period.EndDate.ShouldBe(new DateOnly(2026, 3, 15));
    }

    [Fact]
    public async Task ConsultReferenceDirectoryAsync_IntegratedByTwoCpas_ListsBoth()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == RegisterType.Population);
        harness.State.Integrate(GatewayHarness.OtherCpas, person.Niss, 4, new Period(new DateOnly(2026, 1, 1)));

        var answer = await harness.Access.ConsultReferenceDirectoryAsync(harness.Context(), new ReferenceConsultRequest(person.Niss));

        answer.Lines.Select(l => l.Institution).ShouldBe([GatewayHarness.Cpas, GatewayHarness.OtherCpas], ignoreOrder: true);
    }
}
