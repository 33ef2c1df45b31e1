using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The values a task's form starts with, taken from what the request's case file already holds, so nobody copies a
/// number by hand: the proposal starts from the RIS calculation (category, monthly amount, first day), the Council's
/// decision from the proposal's terms — for an aid outside the RIS, from the proposal recorded (or the aid asked) — and
/// a heating delivery from where the person lives. The user may change any of them; nothing is sent until the form is.
/// </summary>
public static class TaskDefaults
{
    public const string ProposalTask = "social-report";

    public const string DecisionTask = "council-decision";

    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The heating allowance's tasks beside which the request's heating card is shown.</summary>
    public static IReadOnlyList<string> HeatingTasks { get; } = [RecordSituation.TaskType, RecordHeatingDecision.TaskType, "heating-difference"];

    /// <summary>True for the tasks whose form starts from, or is shown beside, the case file.</summary>
    public static bool ReadsCaseFile(string taskType) =>
        taskType is ProposalTask or DecisionTask or RecordAidDecision.TaskType || HeatingTasks.Contains(taskType);

    /// <summary>The values the form of <paramref name="taskType"/> starts with for the request <paramref name="requestId"/>.</summary>
    /// <param name="taskType">The task's type.</param>
    /// <param name="requestId">The request the task belongs to, if any.</param>
    /// <param name="file">The case file, for the tasks that read it (<see cref="ReadsCaseFile"/>).</param>
    /// <param name="home">Where the case's main person lives: the dwelling a heating delivery proposes.</param>
    public static IReadOnlyDictionary<string, object?> For(string taskType, Guid? requestId, CaseFileView? file, Address? home = null)
    {
        if (taskType == RecordDelivery.TaskType)
        {
            return Delivery(home);
        }

        if (file is null || requestId is not { } request)
        {
            return None;
        }

        if ((HeatingDefaults(taskType, request, file) ?? AidDecisionDefaults(taskType, request, file)) is { } own)
        {
            return own;
        }

        var calculation = file.Calculations.Where(c => c.RequestId == request).MaxBy(c => c.RecordedAt);
        var report = file.Reports.Where(r => r.RequestId == request).MaxBy(r => r.RecordedAt);
        return taskType switch
        {
            DecisionTask when report?.Terms is { } terms => new Dictionary<string, object?>
            {
                ["category"] = terms.Category.ToString(),
                ["monthlyAmount"] = terms.MonthlyAmount,
                ["from"] = ApiDates.Format(terms.From),
                ["until"] = terms.Until is { } until ? ApiDates.Format(until) : null,
            },
            ProposalTask or DecisionTask when calculation is not null => new Dictionary<string, object?>
            {
                ["category"] = calculation.Category.ToString(),
                ["monthlyAmount"] = calculation.MonthlyAmount,
                ["from"] = ApiDates.Format(calculation.PeriodStart),
            },
            _ => None,
        };
    }

    /// <summary>
    /// The Council's decision on an aid outside the RIS starts from the social worker's proposal: its outcome, and for a
    /// grant the amount and period proposed, else those of the aid asked.
    /// </summary>
    private static Dictionary<string, object?>? AidDecisionDefaults(string taskType, Guid request, CaseFileView file)
    {
        if (taskType != RecordAidDecision.TaskType)
        {
            return null;
        }

        var proposal = file.Reports.Where(r => r.RequestId == request).MaxBy(r => r.RecordedAt);
        var values = new Dictionary<string, object?>();
        if (proposal is not null)
        {
            values["decision"] = proposal.Proposal == DecisionOutcome.Granted ? RecordDecision.Granted : RecordDecision.Refused;
        }

        var aid = file.Aids.LastOrDefault(a => a.RequestId == request && a.Kind == AidProposed.Kind)
            ?? file.Aids.LastOrDefault(a => a.RequestId == request && a.Kind is OtherAidAsked.Kind or PremiumConditions.Kind);
        if (aid is not null && proposal?.Proposal != DecisionOutcome.Refused)
        {
            values["amount"] = aid.Amount;
            var (from, until) = aid.Kind switch
            {
                AidProposed.Kind => Period(AidDetails.Read<AidProposed>(aid.Kind, aid.DetailsJson)),
                OtherAidAsked.Kind => Period(AidDetails.Read<OtherAidAsked>(aid.Kind, aid.DetailsJson)),
                _ => (null, null),
            };
            values["from"] = from is { } start ? ApiDates.Format(start) : null;
            values["until"] = until is { } end ? ApiDates.Format(end) : null;
        }

        return values;
    }

    /// <summary>A heating delivery heats, unless said otherwise, the one dwelling where the person lives.</summary>
    private static Dictionary<string, object?> Delivery(Address? home)
    {
        var values = new Dictionary<string, object?> { ["dwellings"] = 1m };
        foreach (var (field, value) in home is null ? new Dictionary<string, object?>() : DwellingForm.Values(home))
        {
            values[field] = value;
        }

        return values;
    }

    private static (DateOnly? From, DateOnly? Until) Period(AidProposed proposed) => (proposed.From, proposed.Until);

    private static (DateOnly? From, DateOnly? Until) Period(OtherAidAsked asked) => (asked.From, asked.Until);

    /// <summary>
    /// The heating allowance's tasks start from what the Fund and the calculation said: category 1 when a member has
    /// the BIM or OMNIO status, category 2 otherwise; the decision the calculation reaches.
    /// </summary>
    private static Dictionary<string, object?>? HeatingDefaults(string taskType, Guid request, CaseFileView file)
    {
        AidRecordView? Latest(string kind) => file.Aids.LastOrDefault(a => a.RequestId == request && a.Kind == kind);
        return taskType switch
        {
            RecordSituation.TaskType when Latest(HeatingRecords.FundStatus) is { } status => new()
            {
                ["category"] = (AidDetails.Read<HeatingFundStatus>(status.Kind, status.DetailsJson).Members.Any(m => m.Bim || m.Omnio)
                    ? HeatingCategory.Bim : HeatingCategory.LowIncome).ToString(),
            },
            RecordHeatingDecision.TaskType when Latest(HeatingRecords.Calculation) is { } calculation => new()
            {
                ["decision"] = AidDetails.Read<HeatingCalculation>(calculation.Kind, calculation.DetailsJson).Eligible
                    ? RecordHeatingDecision.Granted : RecordHeatingDecision.Refused,
            },
            _ => null,
        };
    }
}
