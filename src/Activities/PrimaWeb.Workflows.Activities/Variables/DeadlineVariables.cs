using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>The legal deadlines the definitions' timers wait on (LegalDeadlines, in Brussels time).</summary>
public static class DeadlineVariables
{
    public static readonly WorkflowVariable<DateOnly?> DecisionDueOn = new("decisionDueOn", "The day the Council's decision is due: 30 days after reception.");

    public static readonly WorkflowVariable<DateTimeOffset?> DecisionReminderAt = new("decisionReminderAt", "When the manager is reminded of the decision: some days before it is due, at 8:00.");

    public static readonly WorkflowVariable<DateTimeOffset?> DecisionOverdueAt = new("decisionOverdueAt", "The start of the day after the decision was due.");

    public static readonly WorkflowVariable<DateOnly?> LateDecisionInterestFrom = new("lateDecisionInterestFrom", "The day from which a late decision owes interest.");

    public static readonly WorkflowVariable<bool> DecisionOverdue = new("decisionOverdue", "True once the decision is overdue (set by the definition's deadline branch).");

    public static readonly WorkflowVariable<DateOnly?> NotificationDueOn = new("notificationDueOn", "The day the decision's letter is due: 8 days after the decision.");

    public static readonly WorkflowVariable<DateTimeOffset?> NotificationOverdueAt = new("notificationOverdueAt", "The start of the day after the letter was due.");

    public static readonly WorkflowVariable<DateOnly?> FormsDueOn = new("formsDueOn", "The day the decision's forms must reach the SPP-IS.");

    public static readonly WorkflowVariable<DateTimeOffset?> FormsOverdueAt = new("formsOverdueAt", "The start of the day after the forms were due.");

    public static readonly WorkflowVariable<DateOnly?> A036DueOn = new("a036DueOn", "The day the A036 change is due: 7 days after the decision.");

    public static readonly WorkflowVariable<DateTimeOffset?> A036OverdueAt = new("a036OverdueAt", "The start of the day after the A036 change was due.");

    public static readonly WorkflowVariable<bool> NotificationOverdue = new("notificationOverdue", "True once the latest decision's letter is overdue (set by the definition's deadline branch); false again at each new decision.");

    public static readonly WorkflowVariable<bool> FormsOverdue = new("formsOverdue", "True once the latest decision's SPP-IS form is overdue (set by the definition's deadline branch); false again at each new decision.");

    public static readonly WorkflowVariable<bool> A036Overdue = new("a036Overdue", "True once the latest decision's A036 change is overdue (set by the definition's deadline branch); false again at each new decision.");

    public static VariableFamily Family { get; } = new("Deadlines", "The legal deadlines of a request and of its decisions.",
        [DecisionDueOn, DecisionReminderAt, DecisionOverdueAt, LateDecisionInterestFrom, DecisionOverdue, NotificationDueOn, NotificationOverdueAt, FormsDueOn, FormsOverdueAt, A036DueOn,
            A036OverdueAt, NotificationOverdue, FormsOverdue, A036Overdue]);
}
