namespace PrimaWeb.Workflows.Engine.Journal;

/// <summary>What a journal line records.</summary>
public enum JournalEventKind
{
    InstanceStarted = 0,
    ActivityStarted = 1,
    ActivityCompleted = 2,
    ActivitySuspended = 3,
    ActivityResumed = 4,
    ActivityFaulted = 5,
    ActivitySkipped = 6,
    InstanceCompleted = 7,
    InstanceFaulted = 8,
    InstanceCancelled = 9,
    InstanceMigrated = 10,
    IncidentRetried = 11,
}
