using Hangfire;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>One recurring job to (re)declare in Hangfire at start-up.</summary>
public sealed record RecurringJobRegistration(string Id, string Cron, Action<IRecurringJobManager, string, string> Register);
