using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Integrations;

public class IntegrationRegisterTests
{
    [Fact]
    public void Register_Code1OnItsLastAllowedDay_IsAccepted()
    {
        var register = new IntegrationRegister(Tenant, Main);

        var result = register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(30, 4, 2025));

        result.Change.ShouldBe(IntegrationChange.Registered);
        result.Integration.Period.ShouldBe(new DatePeriod(D(1, 3, 2025), D(30, 4, 2025)));
        register.Integrations.Count.ShouldBe(1);
    }

    [Fact]
    public void Register_Code1LongerThanTwoMonths_IsRefusedAndNothingStored()
    {
        var register = new IntegrationRegister(Tenant, Main);

        var error = Should.Throw<DomainValidationException>(
            () => register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(31, 5, 2025))); // B-12

        error.Field.ShouldBe("End");
        error.Message.ShouldBe(
            "An integration code 1 (Dossier en examen) of 93.05.18-223.61 lasts at most 2 months: starting 01/03/2025 it may end on 30/04/2025 at the latest, not 31/05/2025.");
        register.Integrations.ShouldBeEmpty();
    }

    [Fact]
    public void Register_Code1OneDayTooLong_IsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);

        Should.Throw<DomainValidationException>(
            () => register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(1, 5, 2025)));
    }

    [Fact]
    public void Register_Code40BeyondTheCalendarYear_IsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);

        var error = Should.Throw<DomainValidationException>(
            () => register.Register(CapacityCode.HeatingAllowance, D(15, 3, 2025), D(15, 1, 2026))); // B-13

        error.Message.ShouldContain("lasts at most the calendar year");
        error.Message.ShouldContain("31/12/2025 at the latest");
    }

    [Fact]
    public void Register_Code2ForExactlyOneYear_IsAcceptedAndOneDayMoreIsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);

        register.Register(CapacityCode.IntegrationIncome, D(1, 3, 2025), D(28, 2, 2026)).Change.ShouldBe(IntegrationChange.Registered); // B-14
        Should.Throw<DomainValidationException>(
            () => new IntegrationRegister(Tenant, Main).Register(CapacityCode.IntegrationIncome, D(1, 3, 2025), D(1, 3, 2026)));
    }

    [Fact]
    public void Register_WithoutEnd_TakesTheCodesMaximum()
    {
        var register = new IntegrationRegister(Tenant, Main);

        var result = register.Register(CapacityCode.UnderInvestigation, D(15, 1, 2025));

        result.Integration.End.ShouldBe(D(14, 3, 2025));
    }

    [Fact]
    public void Register_EndBeforeStart_IsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);

        var error = Should.Throw<DomainValidationException>(
            () => register.Register(CapacityCode.OtherAid, D(10, 3, 2025), D(9, 3, 2025)));

        error.Message.ShouldBe("The period ends on 09/03/2025, before it starts on 10/03/2025.");
    }

    [Fact]
    public void Register_SameCodeOverlapping_ExtendsTheExistingLine()
    {
        var register = new IntegrationRegister(Tenant, Main);
        register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(30, 4, 2025));

        var result = register.Register(CapacityCode.UnderInvestigation, D(25, 4, 2025), D(24, 6, 2025));

        result.Change.ShouldBe(IntegrationChange.Extended);
        register.Integrations.Count.ShouldBe(1);
        register.Integrations[0].Period.ShouldBe(new DatePeriod(D(1, 3, 2025), D(24, 6, 2025)));
    }

    [Fact]
    public void Register_SameCodeAlreadyCovered_ChangesNothing()
    {
        var register = new IntegrationRegister(Tenant, Main);
        register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(30, 4, 2025));

        var result = register.Register(CapacityCode.UnderInvestigation, D(10, 3, 2025), D(30, 4, 2025));

        result.Change.ShouldBe(IntegrationChange.AlreadyCovered);
        register.Integrations.Single().End.ShouldBe(D(30, 4, 2025));
    }

    [Fact]
    public void Register_SameCodeStartingTheDayAfterTheEnd_AddsANewLine()
    {
        var register = new IntegrationRegister(Tenant, Main);
        register.Register(CapacityCode.HeatingAllowance, D(1, 1, 2024), D(31, 12, 2024));

        var result = register.Register(CapacityCode.HeatingAllowance, D(1, 1, 2025), D(31, 12, 2025));

        result.Change.ShouldBe(IntegrationChange.Registered);
        register.Integrations.Count.ShouldBe(2);
    }

    [Fact]
    public void Register_SameCodeStartingBeforeTheOverlappedLine_IsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);
        register.Register(CapacityCode.OtherAid, D(1, 3, 2025), D(30, 6, 2025));

        var error = Should.Throw<DomainValidationException>(
            () => register.Register(CapacityCode.OtherAid, D(1, 2, 2025), D(31, 3, 2025)));

        error.Message.ShouldContain("an integration is only extended forward");
    }

    [Fact]
    public void Register_DifferentCodesOverlapping_Coexist()
    {
        var register = new IntegrationRegister(Tenant, Main);
        register.Register(CapacityCode.UnderInvestigation, D(1, 3, 2025), D(30, 4, 2025));

        var result = register.Register(CapacityCode.Cohabitant, D(15, 3, 2025), D(14, 3, 2026));

        result.Change.ShouldBe(IntegrationChange.Registered);
        register.IntegrationsOn(D(20, 3, 2025)).Select(i => i.Code)
            .ShouldBe([CapacityCode.UnderInvestigation, CapacityCode.Cohabitant], ignoreOrder: true);
    }

    [Fact]
    public void IsIntegratedOn_FirstLastAndSurroundingDays_FollowThePeriod()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        register.IsIntegratedOn(D(28, 2, 2025)).ShouldBeFalse();
        register.IsIntegratedOn(D(1, 3, 2025)).ShouldBeTrue();
        register.IsIntegratedOn(D(30, 4, 2025)).ShouldBeTrue();
        register.IsIntegratedOn(D(1, 5, 2025)).ShouldBeFalse();
    }

    [Fact]
    public void IsIntegratedOn_WithCodes_CountsOnlyThoseCodes()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        register.IsIntegratedOn(D(15, 3, 2025), [CapacityCode.HeatingAllowance]).ShouldBeFalse();
        register.IsIntegratedOn(D(15, 3, 2025), [CapacityCode.UnderInvestigation]).ShouldBeTrue();
    }

    [Fact]
    public void IsIntegratedDuring_SharingOnlyTheEdgeDay_IsTrue()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        register.IsIntegratedDuring(new DatePeriod(D(1, 1, 2025), D(1, 3, 2025))).ShouldBeTrue();
        register.IsIntegratedDuring(new DatePeriod(D(30, 4, 2025), null)).ShouldBeTrue();
        register.IsIntegratedDuring(new DatePeriod(D(1, 1, 2025), D(28, 2, 2025))).ShouldBeFalse();
        register.IsIntegratedDuring(DatePeriod.CalendarYear(2024)).ShouldBeFalse();
    }

    [Fact]
    public void Extend_RunningLine_MovesTheEndWithinTheMaximumCountedFromToday()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));
        var line = register.Integrations[0];

        register.Extend(line.Id, D(19, 6, 2025), today: D(20, 4, 2025));

        line.End.ShouldBe(D(19, 6, 2025));
        Should.Throw<DomainValidationException>(() => register.Extend(line.Id, D(21, 6, 2025), today: D(20, 4, 2025)))
            .Message.ShouldContain("An extension code 1 (Dossier en examen)");
    }

    [Fact]
    public void Extend_ExpiredLine_IsRefused()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        var error = Should.Throw<DomainValidationException>(
            () => register.Extend(register.Integrations[0].Id, D(30, 5, 2025), today: D(1, 5, 2025)));

        error.Message.ShouldContain("is expired on 01/05/2025; register a new one instead");
    }

    [Fact]
    public void Extend_ToAnEarlierEnd_IsRefused()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        Should.Throw<DomainValidationException>(
            () => register.Extend(register.Integrations[0].Id, D(30, 4, 2025), today: D(10, 3, 2025)));
    }

    [Fact]
    public void Disintegrate_RunningLine_EndsItOnTheLastDayAndMarksItEnded()
    {
        var register = Register(Main, (2, D(1, 3, 2025), D(28, 2, 2026)));
        var line = register.Integrations[0];

        register.Disintegrate(line.Id, D(31, 5, 2025));

        line.End.ShouldBe(D(31, 5, 2025));
        line.IsDisintegrated.ShouldBeTrue();
        register.IsIntegratedOn(D(31, 5, 2025)).ShouldBeTrue();
        register.IsIntegratedOn(D(1, 6, 2025)).ShouldBeFalse();
        line.StatusOn(D(31, 5, 2025)).ShouldBe(IntegrationStatus.Active);
        line.StatusOn(D(1, 6, 2025)).ShouldBe(IntegrationStatus.Ended);
    }

    [Fact]
    public void Disintegrate_BeforeTheStart_CancelsTheLine()
    {
        var register = Register(Main, (2, D(1, 3, 2025), D(28, 2, 2026)));
        var line = register.Integrations[0];

        register.Disintegrate(line.Id, D(28, 2, 2025));

        line.IsCancelled.ShouldBeTrue();
        line.StatusOn(D(1, 1, 2025)).ShouldBe(IntegrationStatus.Cancelled);
        register.IsIntegratedOn(D(1, 3, 2025)).ShouldBeFalse();
        register.HasAnyIntegration.ShouldBeFalse();
    }

    [Fact]
    public void Disintegrate_OnOrAfterTheEnd_IsRefused()
    {
        var register = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025)));

        var error = Should.Throw<DomainValidationException>(
            () => register.Disintegrate(register.Integrations[0].Id, D(30, 4, 2025)));

        error.Message.ShouldContain("already ends on 30/04/2025");
    }

    [Fact]
    public void Disintegrate_UnknownLine_IsRefused()
    {
        var register = new IntegrationRegister(Tenant, Main);

        Should.Throw<DomainValidationException>(() => register.Disintegrate(Guid.NewGuid(), D(1, 1, 2025)))
            .Field.ShouldBe("IntegrationId");
    }

    [Fact]
    public void DisintegrateAll_EndsEveryRunningLine()
    {
        var register = Register(
            Main, (1, D(1, 1, 2025), D(28, 2, 2025)), (2, D(1, 3, 2025), D(28, 2, 2026)), (5, D(1, 3, 2025), D(28, 2, 2026)));

        var ended = register.DisintegrateAll(D(10, 6, 2025));

        ended.Count.ShouldBe(2);
        register.IsIntegratedOn(D(11, 6, 2025)).ShouldBeFalse();
        register.Integrations[0].IsDisintegrated.ShouldBeFalse();
    }

    [Fact]
    public void StatusOn_AroundThePeriod_IsPlannedActiveThenExpired()
    {
        var line = Register(Main, (1, D(1, 3, 2025), D(30, 4, 2025))).Integrations[0];

        line.StatusOn(D(28, 2, 2025)).ShouldBe(IntegrationStatus.Planned);
        line.StatusOn(D(1, 3, 2025)).ShouldBe(IntegrationStatus.Active);
        line.StatusOn(D(30, 4, 2025)).ShouldBe(IntegrationStatus.Active);
        line.StatusOn(D(1, 5, 2025)).ShouldBe(IntegrationStatus.Expired);
    }

    [Fact]
    public void Constructor_InvalidTenantOrMissingNiss_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new IntegrationRegister("CPAS Namur", Main)).Field.ShouldBe("TenantId");
        Should.Throw<DomainValidationException>(() => new IntegrationRegister(Tenant, default)).Field.ShouldBe("Niss");
    }
}
