using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Simulator.SppIs;

namespace PrimaWeb.Workflows.FederalServices.Tests.SppIs;

/// <summary>Forms are received at once and answered after the SPP-IS delay, read through OCMWCPASListOfAttestation.</summary>
public sealed class SppIsClientTests
{
    private static readonly Period Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public async Task SendRegistreAttestAsync_ConsistentGrant_IsPendingThenAcceptedAfterTheDelay()
    {
        await using var harness = await GatewayHarness.StartAsync(answerDelay: TimeSpan.FromMinutes(10));
        var person = Integrated(harness);

        var receipt = await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 1)));
        var before = await ListAsync(harness, receipt.FormId);
        harness.Time.Advance(TimeSpan.FromMinutes(10));
        var after = await ListAsync(harness, receipt.FormId);

        receipt.FormId.Length.ShouldBe(15);
        before.Status.ShouldBe(AttestationStatus.PENDING);
        before.AnsweredAt.ShouldBeNull();
        after.Status.ShouldBe(AttestationStatus.ACCEPTED);
        after.FormType.ShouldBe("B");
        after.AnsweredAt.ShouldBe(receipt.ReceivedAt + TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task SendRegistreAttestAsync_PeriodOverlappingAnEarlierGrant_IsRefusedWithTheReason()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 1)));

        var second = await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 10)));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var answer = await ListAsync(harness, second.FormId);
        answer.Status.ShouldBe(AttestationStatus.REFUSED);
        answer.Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.OverlappingGrant);
    }

    [Fact]
    public async Task SendRegistreAttestAsync_NotIntegratedAtTheBcssOnTheEffectiveDate_IsRefusedAsNotIntegrated()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Profile == PersonProfile.Unemployed);
        harness.Directory.Register(GatewayHarness.Cpas, person.Niss, Domain.Integrations.CapacityCode.IntegrationIncome, Year.StartDate, Year.EndDate);
        harness.State.Integrate(GatewayHarness.Cpas, person.Niss, 2, new Period(harness.Today, harness.Today.AddDays(30)));

        var receipt = await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 2, 1)));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var answer = await ListAsync(harness, receipt.FormId);
        answer.Status.ShouldBe(AttestationStatus.REFUSED);
        answer.Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.NotIntegrated);
    }

    [Fact]
    public async Task SendStopAttestAsync_WithdrawalOfAGrant_IsAcceptedAndFreesTheFollowingPeriod()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 1)));

        var stop = await harness.SppIs.SendStopAttestAsync(harness.Context(),
            new StopAttestRequest("F-1", StopKind.WITHDRAWAL, person.Niss, null, new DateOnly(2026, 3, 10), null, harness.Today, "Reprise de travail"));
        var regrant = await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 12)));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, stop.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, regrant.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
    }

    [Fact]
    public async Task RegisterRecoveredAmountAsync_WithoutAnyGrant_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);

        var receipt = await harness.SppIs.RegisterRecoveredAmountAsync(harness.Context(),
            new RegisterRecoveredAmountRequest("F-1", person.Niss, "01", 300m, harness.Today, new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28))));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, receipt.FormId)).Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.NoGrant);
    }

    [Fact]
    public async Task RegisterRecoveredAmountAsync_WithinAGrant_IsAccepted()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 1)));

        var receipt = await harness.SppIs.RegisterRecoveredAmountAsync(harness.Context(),
            new RegisterRecoveredAmountRequest("F-1", person.Niss, "01", 300m, harness.Today, new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var answer = await ListAsync(harness, receipt.FormId);
        answer.Status.ShouldBe(AttestationStatus.ACCEPTED);
        answer.Service.ShouldBe("OCMWCPASRegisterRecoveredAmount");
    }

    [Fact]
    public async Task SendLoi65CAsync_AfterAnAcceptedB1_IsAccepted()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness, code: 3);
        var effective = new DateOnly(2026, 3, 1);
        await harness.SppIs.SendLoi65ABAsync(harness.Context(), new Loi65ABRequest("556", new Loi65FormA(effective, person.Niss, [], 348, 0),
            new Loi65FormB(Loi65FormBType.B1, person.Niss, effective, null, "B", new Loi65RequestedAid(FinancialAid: true))));

        var receipt = await harness.SppIs.SendLoi65CAsync(harness.Context(), new Loi65CRequest("556", person.Niss, harness.Today, "1", "01"));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, receipt.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
    }

    [Fact]
    public async Task Loi65_FileWithAB1D1AndF_IsAcceptedAndASecondFIsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness, code: 3);
        var effective = new DateOnly(2026, 3, 1);
        var formA = new Loi65FormA(effective, person.Niss, [], 348, 0);
        var formB1 = new Loi65FormB(Loi65FormBType.B1, person.Niss, effective, null, "B", new Loi65RequestedAid(FinancialAid: true));

        var ab = await harness.SppIs.SendLoi65ABAsync(harness.Context(), new Loi65ABRequest("000123", formA, formB1));
        var d1 = await harness.SppIs.SendLoi65DFAsync(harness.Context(),
            new Loi65DFRequest("123", person.Niss, D1: new Loi65FormD1(2026, 3, 1000m, [50m], [], 1050m)));
        var f = await harness.SppIs.SendLoi65DFAsync(harness.Context(), new Loi65DFRequest("123", person.Niss,
            F: new Loi65FormF(harness.Today, "1", "01", 400m, new Period(effective, harness.Today), 3)));
        var secondF = await harness.SppIs.SendLoi65DFAsync(harness.Context(), new Loi65DFRequest("123", person.Niss,
            F: new Loi65FormF(harness.Today, "1", "01", 100m, new Period(effective, harness.Today), 3)));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, ab.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, d1.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, f.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, secondF.FormId)).Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.SecondFormF);
    }

    [Fact]
    public async Task Loi65_D1FinancialAidForStatusC_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness, code: 3);
        var effective = new DateOnly(2026, 3, 1);
        await harness.SppIs.SendLoi65ABAsync(harness.Context(), new Loi65ABRequest("AB12", new Loi65FormA(effective, person.Niss, [], 348, 0),
            new Loi65FormB(Loi65FormBType.B1, person.Niss, effective, null, "C", new Loi65RequestedAid(MedicalAndPharmaceuticalCosts: true))));

        var d1 = await harness.SppIs.SendLoi65DFAsync(harness.Context(),
            new Loi65DFRequest("ab12", person.Niss, D1: new Loi65FormD1(2026, 3, 500m, [], [], 500m)));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, d1.FormId)).Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.AidNotAllowedForStatus);
    }

    [Fact]
    public async Task Loi65_FormAWithEighteenSecondaryBeneficiaries_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness, code: 3);
        var secondaries = Enumerable.Repeat(new Loi65SecondaryBeneficiary(person.Niss, "CHILD"), 18).ToList();

        var receipt = await harness.SppIs.SendLoi65ABAsync(harness.Context(),
            new Loi65ABRequest("777", new Loi65FormA(new DateOnly(2026, 3, 1), person.Niss, secondaries, 348, 0), null));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, receipt.FormId)).Reasons.ShouldContain(r => r.Code == RefusalCodes.TooManySecondaryBeneficiaries);
    }

    [Fact]
    public async Task SendLoi65CAsync_WithoutDecision_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness, code: 3);

        var receipt = await harness.SppIs.SendLoi65CAsync(harness.Context(), new Loi65CRequest("555", person.Niss, harness.Today, "1", "01"));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, receipt.FormId)).Reasons.ShouldContain(r => r.Code == RefusalCodes.NoFormA);
    }

    [Fact]
    public async Task SendOrganicLawAsync_SecondPremium_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        var form = new OrganicLawRequest("F-1", person.Niss, null, harness.Today, harness.Today, 1314.20m, new Address("Rue Neuve", "3", null, "1000", "Bruxelles"));

        var first = await harness.SppIs.SendOrganicLawAsync(harness.Context(), form);
        var second = await harness.SppIs.SendOrganicLawAsync(harness.Context(), form);
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, first.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, second.FormId)).Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.PremiumAlreadyGranted);
    }

    [Fact]
    public async Task SendA036Async_CreateThenOverlappingCreate_SecondIsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        var period = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31));

        var first = await harness.SppIs.SendA036Async(harness.Context(), new A036Request(A036Action.CREATE, person.Niss, null, A036AidType.RIS, period, harness.Today));
        var second = await harness.SppIs.SendA036Async(harness.Context(), new A036Request(A036Action.CREATE, person.Niss, null, A036AidType.RIS, period, harness.Today));
        var cancel = await harness.SppIs.SendA036Async(harness.Context(), new A036Request(A036Action.CANCEL, person.Niss, first.FormId, A036AidType.RIS, period, harness.Today));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        (await ListAsync(harness, first.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
        (await ListAsync(harness, second.FormId)).Reasons.ShouldHaveSingleItem().Code.ShouldBe(RefusalCodes.OverlappingAttestation);
        (await ListAsync(harness, cancel.FormId)).Status.ShouldBe(AttestationStatus.ACCEPTED);
    }

    [Fact]
    public async Task ListOfAttestationAsync_ByPerson_ListsOnlyThatPersonsFormsOfThisCpas()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = Integrated(harness);
        var other = harness.Person(p => p.Profile == PersonProfile.Unemployed && p.Niss != person.Niss);
        harness.Integrate(other.Niss, 2, new Period(new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)));
        await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(person, new DateOnly(2026, 3, 1)));
        await harness.SppIs.SendRegistreAttestAsync(harness.Context(), Grant(other, new DateOnly(2026, 3, 1)));

        var answer = await harness.SppIs.ListOfAttestationAsync(harness.Context(), new ListOfAttestationRequest(person.Niss));

        answer.Attestations.ShouldHaveSingleItem().SSIN.ShouldBe(person.Niss);
    }

    private static SimulatedPerson Integrated(GatewayHarness harness, int code = 2)
    {
        var person = harness.Person(p => p.Profile == PersonProfile.Unemployed);
        harness.Integrate(person.Niss, code, new Period(new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)));
        return person;
    }

    private static RegistreAttestRequest Grant(SimulatedPerson person, DateOnly effective) =>
        new("F-1", DisDecision.GRANT, person.Niss, null, 2, effective, null, 1314.20m, new DateOnly(2026, 3, 10));

    private static async Task<AttestationAnswer> ListAsync(GatewayHarness harness, string formId) =>
        (await harness.SppIs.ListOfAttestationAsync(harness.Context(), new ListOfAttestationRequest(FormId: formId))).Attestations.ShouldHaveSingleItem();
}
