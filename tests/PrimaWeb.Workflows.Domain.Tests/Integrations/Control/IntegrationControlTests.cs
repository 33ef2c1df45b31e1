using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Integrations.Control;

public class IntegrationControlTests
{
    private static readonly (int, DateOnly, DateOnly) Investigation = (1, D(1, 3, 2025), D(30, 4, 2025));

    [Fact]
    public void Consultation_IntegratedOnTheDay_IsAllowed()
    {
        var verdict = IntegrationControl.Consultation(Register(Main, Investigation), D(15, 3, 2025)); // B-1

        verdict.IsAllowed.ShouldBeTrue();
        verdict.Missing.ShouldBeEmpty();
        verdict.Message.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, 3, true)]
    [InlineData(30, 4, true)]
    [InlineData(28, 2, false)]
    [InlineData(1, 5, false)]
    public void Consultation_EdgeDaysOfTheIntegration_FollowThePeriod(int day, int month, bool allowed)
    {
        IntegrationControl.Consultation(Register(Main, Investigation), D(day, month, 2025)).IsAllowed.ShouldBe(allowed);
    }

    [Fact]
    public void Consultation_AfterTheIntegration_IsRefusedNamingPersonDayAndCode()
    {
        var verdict = IntegrationControl.Consultation(Register(Main, Investigation), D(2, 5, 2025)); // B-2

        verdict.IsAllowed.ShouldBeFalse();
        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Niss.ShouldBe(Main);
        missing.Role.ShouldBe(ControlledRole.ConsultedPerson);
        missing.Requirement.ShouldBe(IntegrationRequirement.OnConsultationDay);
        missing.Day.ShouldBe(D(2, 5, 2025));
        missing.Period.ShouldBeNull();
        missing.AcceptedCodes.ShouldContain(CapacityCode.UnderInvestigation);
        missing.Message.ShouldBe(
            "The consulted person 93.05.18-223.61 is not integrated on 02/05/2025, the day of the consultation; an integration code 1 (Dossier en examen) or any other capacity code is required.");
        verdict.Message.ShouldBe(missing.Message);
    }

    [Fact]
    public void Consultation_FlowNeedingACommonDayWithoutOne_IsRefused()
    {
        var consulted = DatePeriod.CalendarYear(2024);

        var verdict = IntegrationControl.Consultation(Register(Main, Investigation), D(15, 3, 2025), consulted); // B-3

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.DuringConsultedPeriod);
        missing.Period.ShouldBe(consulted);
        missing.Day.ShouldBeNull();
        missing.Message.ShouldContain("is not integrated on any day of the consulted period 01/01/2024–31/12/2024");
    }

    [Fact]
    public void Consultation_PeriodSharingOnlyTheFirstDay_IsAllowed()
    {
        var consulted = new DatePeriod(D(1, 1, 2025), D(1, 3, 2025));

        IntegrationControl.Consultation(Register(Main, Investigation), D(15, 3, 2025), consulted).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Consultation_PersonWithoutAnyIntegration_IsRefusedAskingForCode1()
    {
        var verdict = IntegrationControl.Consultation(new IntegrationRegister(Tenant, Main), D(15, 3, 2025)); // B-4

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.AnyIntegration);
        missing.Day.ShouldBe(D(15, 3, 2025));
        missing.Message.ShouldBe(
            "The consulted person 93.05.18-223.61 has no integration with this CPAS; at least an integration code 1 (Dossier en examen) is required.");
    }

    [Fact]
    public void Consultation_SeveralPersons_ListsOnlyTheMissingOnes()
    {
        var verdict = IntegrationControl.Consultation(
            [Register(Main, Investigation), Register(Partner, (5, D(1, 1, 2025), D(28, 2, 2025)))], D(15, 3, 2025));

        verdict.Missing.ShouldHaveSingleItem().Niss.ShouldBe(Partner);
    }

    [Fact]
    public void DisForm_MainNotIntegratedOnTheEffectiveDate_IsRefused()
    {
        var main = Register(Main, (2, D(1, 3, 2025), D(28, 2, 2026)));

        var verdict = IntegrationControl.DisForm(main, null, effectiveDate: D(1, 2, 2025), sendingDay: D(20, 3, 2025)); // B-5

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Role.ShouldBe(ControlledRole.MainBeneficiary);
        missing.Requirement.ShouldBe(IntegrationRequirement.OnEffectiveDate);
        missing.Day.ShouldBe(D(1, 2, 2025));
        missing.Message.ShouldStartWith("The main beneficiary 93.05.18-223.61 is not integrated on 01/02/2025, the form's effective date");
    }

    [Fact]
    public void DisForm_MainAndPartnerIntegratedOnBothDays_IsAllowed()
    {
        var main = Register(Main, (1, D(15, 1, 2025), D(14, 3, 2025)), (2, D(15, 3, 2025), D(14, 3, 2026)));
        var partner = Register(Partner, (5, D(1, 1, 2025), D(31, 12, 2025)));

        IntegrationControl.DisForm(main, partner, D(1, 2, 2025), D(20, 3, 2025)).IsAllowed.ShouldBeTrue(); // B-6
    }

    [Fact]
    public void DisForm_PartnerNotIntegratedOnTheSendingDay_IsRefused()
    {
        var main = Register(Main, (1, D(15, 1, 2025), D(14, 3, 2025)), (2, D(15, 3, 2025), D(14, 3, 2026)));
        var partner = Register(Partner, (5, D(1, 1, 2025), D(28, 2, 2025)));

        var verdict = IntegrationControl.DisForm(main, partner, D(1, 2, 2025), D(20, 3, 2025)); // B-7

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Niss.ShouldBe(Partner);
        missing.Role.ShouldBe(ControlledRole.Partner);
        missing.Requirement.ShouldBe(IntegrationRequirement.OnSendingDay);
        missing.Day.ShouldBe(D(20, 3, 2025));
        missing.Message.ShouldStartWith("The partner 94.02.13-001.45 is not integrated on 20/03/2025, the sending day");
    }

    [Fact]
    public void DisForm_SentOnTheLastIntegratedDay_IsAllowed()
    {
        var main = Register(Main, (2, D(1, 2, 2025), D(31, 1, 2026)));

        IntegrationControl.DisForm(main, null, D(1, 2, 2025), D(31, 1, 2026)).IsAllowed.ShouldBeTrue();
        IntegrationControl.DisForm(main, null, D(1, 2, 2025), D(1, 2, 2026)).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void Loi65Form_ChildIntegratedOnlyUntilBeforeTheSendingDay_IsRefused()
    {
        var persons = new[]
        {
            Register(Main, (3, D(1, 1, 2025), D(31, 12, 2025))),
            Register(Partner, (3, D(1, 1, 2025), D(31, 12, 2025))),
            Register(Child, (3, D(1, 1, 2025), D(31, 1, 2025))),
        };

        var verdict = IntegrationControl.Loi65Form(persons, D(1, 1, 2025), D(10, 2, 2025)); // B-8

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Niss.ShouldBe(Child);
        missing.Role.ShouldBe(ControlledRole.FormAPerson);
        missing.Requirement.ShouldBe(IntegrationRequirement.OnSendingDay);
        missing.Message.ShouldStartWith("The form A person 06.07.05-002.52 is not integrated on 10/02/2025, the sending day");
    }

    [Fact]
    public void Loi65Form_PersonNotIntegratedOnFormAsEffectiveDate_IsRefused()
    {
        var person = Register(Main, (3, D(2, 1, 2025), D(31, 12, 2025)));

        var verdict = IntegrationControl.Loi65Form([person], D(1, 1, 2025), D(10, 2, 2025));

        verdict.Missing.ShouldHaveSingleItem().Message.ShouldContain("on 01/01/2025, form A's effective date");
    }

    [Fact]
    public void Loi65Form_NoPerson_IsAProgrammingError()
    {
        Should.Throw<ArgumentException>(() => IntegrationControl.Loi65Form([], D(1, 1, 2025), D(10, 2, 2025)));
    }

    [Fact]
    public void HeatingAllowance_AllIntegratedUnderCode40ForTheYear_IsAllowed()
    {
        var main = Register(Main, (40, D(1, 1, 2025), D(31, 12, 2025)));
        var secondary = Register(Partner, (40, D(1, 1, 2025), D(31, 12, 2025)));

        IntegrationControl.HeatingAllowance(main, [secondary], D(10, 3, 2025), DatePeriod.CalendarYear(2025)).IsAllowed.ShouldBeTrue(); // B-9
    }

    [Fact]
    public void HeatingAllowance_SecondaryIntegratedOnlyTheYearBefore_IsRefusedOnTheSendingDay()
    {
        var main = Register(Main, (40, D(1, 1, 2025), D(31, 12, 2025)));
        var secondary = Register(Partner, (40, D(1, 1, 2024), D(31, 12, 2024)));

        var verdict = IntegrationControl.HeatingAllowance(main, [secondary], D(10, 3, 2025), DatePeriod.CalendarYear(2025)); // B-10

        verdict.IsAllowed.ShouldBeFalse();
        verdict.Missing.ShouldAllBe(m => m.Niss == Partner && m.Role == ControlledRole.SecondaryBeneficiary);
        verdict.Missing.Select(m => m.Requirement).ShouldBe(
            [IntegrationRequirement.OnSendingDay, IntegrationRequirement.DuringHeatingPeriod]);
    }

    [Fact]
    public void HeatingAllowance_ForLastYearWithoutACommonDay_IsRefusedOnThePeriodOnly()
    {
        var main = Register(Main, (1, D(1, 2, 2025), D(31, 3, 2025)));

        var verdict = IntegrationControl.HeatingAllowance(main, [], D(20, 2, 2025), DatePeriod.CalendarYear(2024)); // B-11

        var missing = verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.DuringHeatingPeriod);
        missing.Period.ShouldBe(DatePeriod.CalendarYear(2024));
        missing.Message.ShouldBe(
            "The main beneficiary 93.05.18-223.61 is not integrated on any day of the heating period 01/01/2024–31/12/2024; an integration code 1 (Dossier en examen) or any other capacity code is required.");
    }

    [Fact]
    public void HeatingAllowance_IntegratedOnlyOnTheLastDayOfThePeriod_IsAllowed()
    {
        var main = Register(Main, (40, D(31, 12, 2024), D(31, 12, 2024)), (1, D(1, 2, 2025), D(31, 3, 2025)));

        IntegrationControl.HeatingAllowance(main, [], D(20, 2, 2025), DatePeriod.CalendarYear(2024)).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Combine_TwoRefusals_KeepsEveryMissingItem()
    {
        var first = IntegrationControl.Consultation(new IntegrationRegister(Tenant, Main), D(1, 1, 2025));
        var second = IntegrationControl.Consultation(new IntegrationRegister(Tenant, Partner), D(1, 1, 2025));

        var combined = IntegrationVerdict.Combine(first, second, IntegrationVerdict.Allowed);

        combined.Missing.Select(m => m.Niss).ShouldBe([Main, Partner]);
        combined.Message.Split(Environment.NewLine).Length.ShouldBe(2);
    }

    [Fact]
    public void Consultation_RegistersOfDifferentCpas_IsAProgrammingError()
    {
        var other = new IntegrationRegister("cpas-liege", Partner);

        Should.Throw<ArgumentException>(() => IntegrationControl.Consultation([Register(Main, Investigation), other], D(15, 3, 2025)));
    }

    [Fact]
    public void ToString_AllowedAndRefused_ReadAsSentences()
    {
        IntegrationVerdict.Allowed.ToString().ShouldBe("allowed");
        IntegrationControl.Consultation(new IntegrationRegister(Tenant, Main), D(1, 1, 2025)).ToString()
            .ShouldBe("refused: The consulted person 93.05.18-223.61 has no integration with this CPAS; at least an integration code 1 (Dossier en examen) is required.");
    }
}
