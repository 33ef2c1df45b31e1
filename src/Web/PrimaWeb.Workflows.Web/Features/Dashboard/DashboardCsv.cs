using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>Each dashboard list as a <see cref="CsvTable"/> with headers and values in the user's language.</summary>
public static class DashboardCsv
{
    public static CsvTable PendingDecisions(IEnumerable<PendingDecisionRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_Case"], w["Col_RequestType"], w["Col_ReceivedOn"], w["Col_Age"], w["Col_DecisionDueOn"], w["Col_SocialWorker"]]);
        foreach (var r in rows)
        {
            table.Add(r.CaseReference, w.RequestType(r.RequestType), r.ReceivedOn, r.AgeDays, r.DecisionDueOn, w.SocialWorker(r.SocialWorkerId));
        }

        return table;
    }

    public static CsvTable Deadlines(IEnumerable<DeadlineRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_State"], w["Col_DueOn"], w["Col_Rule"], w["Col_RunsFrom"], w["Col_Case"], w["Col_RequestType"], w["Col_SocialWorker"]]);
        foreach (var r in rows)
        {
            table.Add(w.State(r.State), r.DueOn, w.Rule(r.Rule), r.RunsFrom, r.CaseReference, w.RequestType(r.RequestType), w.SocialWorker(r.SocialWorkerId));
        }

        return table;
    }

    public static CsvTable Refusals(IEnumerable<SppIsRefusalRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_Case"], w["Col_RequestType"], w["Col_FormType"], w["Col_AnsweredAt"], w["Col_Reasons"], w["Col_SocialWorker"]]);
        foreach (var r in rows)
        {
            table.Add(r.CaseReference, w.RequestType(r.RequestType), w.FormType(r.FormType), r.AnsweredAt, DashboardWording.Reasons(r.Reasons), w.SocialWorker(r.SocialWorkerId));
        }

        return table;
    }

    public static CsvTable Integrations(IEnumerable<ExpiringIntegrationRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_Case"], w["Col_CapacityCode"], w["Col_Start"], w["Col_End"], w["Col_DaysLeft"], w["Col_SocialWorker"]]);
        foreach (var r in rows)
        {
            table.Add(r.CaseReference, w.Capacity(r.CapacityCode), r.Start, r.End, r.DaysLeft, w.SocialWorker(r.SocialWorkerId));
        }

        return table;
    }

    public static CsvTable Incidents(IEnumerable<DashboardIncidentRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_Case"], w["Col_RequestType"], w["Col_Activity"], w["Col_Attempts"], w["Col_Since"], w["Col_SocialWorker"]]);
        foreach (var r in rows)
        {
            table.Add(r.CaseReference, w.RequestType(r.RequestType), DashboardWording.Activity(r.ActivityType, r.ActivityId), r.Attempts, r.CreatedAt, w.SocialWorker(r.SocialWorkerId));
        }

        return table;
    }

    public static CsvTable Workload(IEnumerable<WorkloadRow> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_SocialWorker"], w["Col_OpenTasks"], w["Col_OverdueTasks"], w["Col_OldestTask"]]);
        foreach (var r in rows)
        {
            table.Add(w.SocialWorker(r.SocialWorkerId), r.OpenTasks, r.OverdueTasks, r.OldestTaskSince);
        }

        return table;
    }

    public static CsvTable Weekly(IEnumerable<WeeklyFigures> rows, DashboardWording w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var table = new CsvTable([w["Col_Week"], w["Col_Filed"], w["Col_Decided"], w["Col_Median"], w["Col_OverdueAtEnd"]]);
        foreach (var r in rows)
        {
            table.Add(r.WeekStart, r.Filed, r.Decided, r.MedianDaysToDecision, r.OverdueAtEnd);
        }

        return table;
    }

    /// <summary>The file name of a deadline list: its rule, in the API's spelling.</summary>
    public static string FileName(DeadlineRule rule) => $"deadlines-{DashboardRoutes.Of(rule)}";
}
