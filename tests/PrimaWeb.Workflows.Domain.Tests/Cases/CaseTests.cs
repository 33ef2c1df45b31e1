using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using static PrimaWeb.Workflows.Domain.Tests.Samples;
using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Domain.Tests.Cases;

public class CaseTests
{
    private static readonly DateOnly Today = D(27, 11, 2026);
    private static readonly Guid MainId = Guid.NewGuid();
    private static readonly Guid PartnerId = Guid.NewGuid();
    private static readonly Guid ChildId = Guid.NewGuid();

    [Fact]
    public void Constructor_NewCase_HasTheMainPersonInBothCompositions()
    {
        var file = NewCase();

        file.Status.ShouldBe(CaseStatus.Open);
        file.OfficialHousehold.Members.ShouldHaveSingleItem().Relation.ShouldBe(HouseholdRelation.MainPerson);
        var self = file.DeFactoHousehold.Members.ShouldHaveSingleItem();
        self.PersonId.ShouldBe(MainId);
        self.Period.ShouldBe(new DatePeriod(D(3, 3, 2025), null));
    }

    [Fact]
    public void Constructor_OpeningInTheFuture_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Case(Tenant, "2026/001", MainId, D(28, 11, 2026), Today))
            .Message.ShouldBe("The opening date 28/11/2026 is in the future (today is 27/11/2026).");
    }

    [Fact]
    public void Constructor_MissingReferenceOrMainPerson_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Case(Tenant, " ", MainId, Today, Today)).Message.ShouldBe("The case reference is required.");
        Should.Throw<DomainValidationException>(() => new Case(Tenant, "2026/001", Guid.Empty, Today, Today)).Field.ShouldBe("MainPersonId");
    }

    [Fact]
    public void ReplaceOfficialHousehold_NationalRegisterAnswer_ReplacesOnlyTheOfficialComposition()
    {
        var file = NewCase();

        file.ReplaceOfficialHousehold(
        [
            new(MainId, HouseholdRelation.MainPerson, D(1, 1, 2020)),
            new(PartnerId, HouseholdRelation.Partner, D(1, 6, 2021)),
            new(ChildId, HouseholdRelation.Child, D(5, 7, 2022)),
        ]);

        file.OfficialHousehold.Members.Count.ShouldBe(3);
        file.OfficialHousehold.PartnerOn(D(1, 1, 2025))!.PersonId.ShouldBe(PartnerId);
        file.DeFactoHousehold.Members.Count.ShouldBe(1);
        file.HouseholdMembers.Count.ShouldBe(4);
    }

    [Fact]
    public void ReplaceOfficialHousehold_WithoutTheMainPerson_IsRefusedAndKeepsTheOldOne()
    {
        var file = NewCase();

        var error = Should.Throw<DomainValidationException>(
            () => file.ReplaceOfficialHousehold([new(PartnerId, HouseholdRelation.Partner, D(1, 6, 2021))]));

        error.Message.ShouldBe("The official household of case 2025/0042 must contain the main person.");
        file.OfficialHousehold.Members.ShouldHaveSingleItem().PersonId.ShouldBe(MainId);
    }

    [Fact]
    public void ReplaceOfficialHousehold_MainPersonWithAnotherRelation_IsRefused()
    {
        var file = NewCase();

        Should.Throw<DomainValidationException>(() => file.ReplaceOfficialHousehold([new(MainId, HouseholdRelation.Child, D(1, 1, 2020))]))
            .Message.ShouldContain("the main person must have the relation MainPerson, not Child");
    }

    [Fact]
    public void ReplaceOfficialHousehold_AnotherPersonAsMainPerson_IsRefused()
    {
        var file = NewCase();

        Should.Throw<DomainValidationException>(() => file.ReplaceOfficialHousehold(
        [
            new(MainId, HouseholdRelation.MainPerson, D(1, 1, 2020)),
            new(ChildId, HouseholdRelation.MainPerson, D(1, 1, 2020)),
        ])).Message.ShouldContain("only the main person may have the relation MainPerson");
    }

    [Fact]
    public void AddDeFactoMember_OverlappingPeriodOfTheSameMember_IsRefused()
    {
        var file = NewCase();
        file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 1, 2025), D(30, 6, 2025)));

        var error = Should.Throw<DomainValidationException>(
            () => file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(30, 6, 2025))));

        error.Message.ShouldContain("appears twice at the same time in the de facto household");
        error.Message.ShouldContain("(01/01/2025–30/06/2025 and from 30/06/2025)");
        file.DeFactoHousehold.Members.Count.ShouldBe(2);
    }

    [Fact]
    public void AddDeFactoMember_ReturningTheDayAfterLeaving_IsAccepted()
    {
        var file = NewCase();
        file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 1, 2025), D(30, 6, 2025)));

        file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 7, 2025)));

        file.DeFactoHousehold.MembersOn(D(30, 6, 2025)).Select(m => m.PersonId).ShouldBe([MainId, ChildId]);
        file.DeFactoHousehold.MembersOn(D(1, 7, 2025)).Count.ShouldBe(2);
    }

    [Fact]
    public void AddDeFactoMember_TwoPartnersAtTheSameTime_IsRefused()
    {
        var file = NewCase();
        file.AddDeFactoMember(new(PartnerId, HouseholdRelation.Partner, D(1, 1, 2025)));

        Should.Throw<DomainValidationException>(() => file.AddDeFactoMember(new(Guid.NewGuid(), HouseholdRelation.Partner, D(1, 3, 2025))))
            .Message.ShouldContain("would have two partners at the same time");
    }

    [Fact]
    public void AddDeFactoMember_PeriodEndingBeforeItStarts_IsRefused()
    {
        var file = NewCase();

        Should.Throw<DomainValidationException>(() => file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 3, 2025), D(28, 2, 2025))))
            .Message.ShouldBe("The period ends on 28/02/2025, before it starts on 01/03/2025.");
    }

    [Fact]
    public void EndDeFactoMembership_PartnerLeaves_IsNoLongerPartnerAfterwards()
    {
        var file = NewCase();
        var partner = file.AddDeFactoMember(new(PartnerId, HouseholdRelation.Partner, D(1, 1, 2025)));

        file.EndDeFactoMembership(partner.Id, D(31, 5, 2025));

        file.DeFactoHousehold.PartnerOn(D(31, 5, 2025)).ShouldNotBeNull();
        file.DeFactoHousehold.PartnerOn(D(1, 6, 2025)).ShouldBeNull();
        file.DeFactoHousehold.PersonsDuring(new DatePeriod(D(1, 6, 2025), D(30, 6, 2025))).ShouldBe([MainId]);
    }

    [Fact]
    public void RemoveDeFactoMember_MainPerson_IsRefused()
    {
        var file = NewCase();
        var self = file.DeFactoHousehold.Members.Single();

        Should.Throw<DomainValidationException>(() => file.RemoveDeFactoMember(self.Id))
            .Message.ShouldBe("The de facto household of case 2025/0042 must contain the main person.");
    }

    [Fact]
    public void RemoveDeFactoMember_EnteredByMistake_IsRemoved()
    {
        var file = NewCase();
        var child = file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 1, 2025)));

        file.RemoveDeFactoMember(child.Id);

        file.DeFactoHousehold.Members.ShouldHaveSingleItem().PersonId.ShouldBe(MainId);
    }

    [Fact]
    public void RemoveDeFactoMember_OfficialMemberId_IsNotFound()
    {
        var file = NewCase();

        Should.Throw<DomainValidationException>(() => file.RemoveDeFactoMember(file.OfficialHousehold.Members[0].Id))
            .Field.ShouldBe("MemberId");
    }

    [Fact]
    public void Close_ThenAdjust_IsRefusedUntilReopened()
    {
        var file = NewCase();
        file.Close(D(1, 10, 2026), Today);

        Should.Throw<DomainValidationException>(() => file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 1, 2025))))
            .Message.ShouldBe("The case 2025/0042 is closed; reopen it first.");
        file.Reopen();
        file.AddDeFactoMember(new(ChildId, HouseholdRelation.Child, D(1, 1, 2025)));
        file.Status.ShouldBe(CaseStatus.Open);
    }

    [Fact]
    public void Close_BeforeOpening_IsRefused()
    {
        var file = NewCase();

        Should.Throw<DomainValidationException>(() => file.Close(D(2, 3, 2025), Today)).Field.ShouldBe("ClosedOn");
    }

    [Fact]
    public void AssignSocialWorker_BlankValue_Unassigns()
    {
        var file = NewCase();

        file.AssignSocialWorker("  ");

        file.SocialWorkerId.ShouldBeNull();
    }

    private static Case NewCase() => new(Tenant, "2025/0042", MainId, D(3, 3, 2025), Today, "as.dupont");
}
