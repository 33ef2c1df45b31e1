namespace PrimaWeb.Workflows.Engine.Diagnostics;

/// <summary>What waits on the engine at one moment: outbox messages to deliver, open incidents, timers already due.</summary>
public sealed record EngineBacklog(int OutboxPending, int OpenIncidents, int TimersDue);
