using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>The inbox's parameters, read by one rule for the page's address and for GET /api/tasks.</summary>
public sealed class InboxCriteriaTests
{
    [Fact]
    public void Read_NothingGiven_IsMyTasks_FirstPage_NoFilter()
    {
        var refusals = new List<Refusal>();

        var (tab, criteria) = InboxCriteria.Read(new InboxParameters(null, null, null, null, null, null, null), refusals);

        refusals.ShouldBeEmpty();
        tab.ShouldBe(InboxTab.Mine);
        criteria.ShouldBe(InboxCriteria.None);
        criteria.Page.ShouldBe(1);
    }

    [Fact]
    public void Read_EveryParameter_KeepsItAndWritesTheSameAddressBack()
    {
        var caseId = Guid.NewGuid();
        var refusals = new List<Refusal>();

        var (tab, criteria) = InboxCriteria.Read(new InboxParameters("TEAM", "dis", " social-report ", "na-2026-0001", caseId.ToString(), "true", "3"), refusals);

        refusals.ShouldBeEmpty();
        tab.ShouldBe(InboxTab.Team);
        criteria.ShouldBe(new InboxCriteria(RequestType.Dis, "social-report", "NA-2026-0001", OverdueOnly: true) { CaseId = caseId, Page = 3 });
        criteria.ToUri(tab).ShouldBe($"/inbox?tab=team&requestType=Dis&taskType=social-report&case=NA-2026-0001&caseId={caseId}&overdue=true&page=3");
    }

    [Fact]
    public void Read_RefusedValues_NameTheirParameter_AndNarrowNothing()
    {
        var refusals = new List<Refusal>();

        var (_, criteria) = InboxCriteria.Read(new InboxParameters("all", "7", new string('x', 201), null, "not-an-id", "maybe", "1001"), refusals);

        refusals.Select(r => (r.Field, r.Code)).ShouldBe([
            ("tab", FormErrorCodes.Choice), ("requestType", FormErrorCodes.Choice), ("taskType", FormErrorCodes.MaxLength),
            ("caseId", "UnknownValue"), ("overdue", FormErrorCodes.Flag), ("page", FormErrorCodes.Max)]);
        criteria.ShouldBe(InboxCriteria.None);
    }

    [Theory]
    [InlineData(" Dubois ", "Dubois")]
    [InlineData("85.07.30-033.28", "85.07.30-033.28")]
    public void Read_SearchByNameOrNiss_IsKeptOnTheUnassignedTab_AndWrittenBack(string given, string kept)
    {
        var refusals = new List<Refusal>();

        var (tab, criteria) = InboxCriteria.Read(new InboxParameters("unassigned", null, null, null, null, null, null, given), refusals);

        refusals.ShouldBeEmpty();
        tab.ShouldBe(InboxTab.Unassigned);
        criteria.Search.ShouldBe(kept);
        criteria.ToUri(tab).ShouldBe($"/inbox?tab=unassigned&q={Uri.EscapeDataString(kept)}");
        InboxCriteria.TabFromQuery("unassigned").ShouldBe(InboxTab.Unassigned);
    }

    [Fact]
    public void Read_SearchWithDigitsThatIsNoNiss_OrTooLong_IsRefusedNamingQ()
    {
        var notNiss = new List<Refusal>();
        var tooLong = new List<Refusal>();

        var (_, criteria) = InboxCriteria.Read(new InboxParameters(null, null, null, null, null, null, null, "85.07.30-033.29"), notNiss);
        InboxCriteria.Read(new InboxParameters(null, null, null, null, null, null, null, new string('x', 101)), tooLong);

        notNiss.Select(r => (r.Field, r.Code)).ShouldBe([("q", "NissInvalid")]);
        tooLong.Select(r => (r.Field, r.Code)).ShouldBe([("q", FormErrorCodes.MaxLength)]);
        criteria.ShouldBe(InboxCriteria.None);
    }
}
