using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Tasks;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>
/// The Council's form on an aid outside the RIS starts from what the case file holds: the proposal, else the aid asked;
/// a heating delivery from where the person lives.
/// </summary>
public sealed class TaskDefaultsTests
{
    private static readonly Guid Request = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheAidCouncilDecision_StartsFromTheAmountAndPeriodProposed()
    {
        var file = File(
            [Report(DecisionOutcome.Granted)],
            Asked(450m, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)),
            Aid(AidProposed.Kind, 300m, AidDetails.Write(new AidProposed(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)))));

        var defaults = TaskDefaults.For(RecordAidDecision.TaskType, Request, file);

        defaults["decision"].ShouldBe(RecordDecision.Granted);
        defaults["amount"].ShouldBe(300m);
        defaults["from"].ShouldBe("2026-04-01");
        defaults["until"].ShouldBe("2026-06-30");
    }

    [Fact]
    public void TheAidCouncilDecision_WithoutAProposalRecorded_StartsFromTheAidAsked()
    {
        var file = File([Report(DecisionOutcome.Granted)], Asked(450m, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));

        var defaults = TaskDefaults.For(RecordAidDecision.TaskType, Request, file);

        defaults["amount"].ShouldBe(450m);
        defaults["from"].ShouldBe("2026-03-01");
        defaults["until"].ShouldBe("2026-05-31");
    }

    [Fact]
    public void TheAidCouncilDecision_AfterAProposalToRefuse_ProposesTheRefusalWithoutFigures()
    {
        var file = File([Report(DecisionOutcome.Refused)], Asked(450m, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));

        var defaults = TaskDefaults.For(RecordAidDecision.TaskType, Request, file);

        defaults["decision"].ShouldBe(RecordDecision.Refused);
        defaults.ContainsKey("amount").ShouldBeFalse();
    }

    [Fact]
    public void TheAidCouncilDecision_OfAnotherRequest_StartsEmpty()
    {
        var file = File([Report(DecisionOutcome.Granted)], Asked(450m, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));

        TaskDefaults.For(RecordAidDecision.TaskType, Guid.NewGuid(), file).ShouldBeEmpty();
    }

    [Fact]
    public void TheHeatingDelivery_ProposesTheDwellingWhereThePersonLivesAndOneDwelling()
    {
        var defaults = TaskDefaults.For(RecordDelivery.TaskType, Request, file: null, new Address("Rue de Fer", "12", "3", "5000", "Namur"));

        (defaults["street"], defaults["houseNumber"], defaults["box"], defaults["postalCode"], defaults["municipality"])
            .ShouldBe(("Rue de Fer", "12", "3", "5000", "Namur"));
        defaults["dwellings"].ShouldBe(1m);
    }

    [Fact]
    public void TheHeatingDelivery_OfAPersonWithoutAddress_ProposesNoDwelling() =>
        TaskDefaults.For(RecordDelivery.TaskType, Request, file: null).ContainsKey("street").ShouldBeFalse();

    private static SocialReportView Report(DecisionOutcome proposal) =>
        new(Guid.NewGuid(), Request, At, "namur-social-worker", "Arriérés de loyer.", proposal, null, null);

    private static AidRecordView Asked(decimal amount, DateOnly from, DateOnly until) =>
        Aid(OtherAidAsked.Kind, amount, AidDetails.Write(new OtherAidAsked("rent", from, until, null)));

    private static AidRecordView Aid(string kind, decimal? amount, string details) => new(Guid.NewGuid(), Request, At, "namur-social-worker", kind, amount, details);

    private static CaseFileView File(IReadOnlyList<SocialReportView> reports, params AidRecordView[] aids) =>
        new(Guid.NewGuid(), [], [], [], [], reports, [], [], [], aids);
}
