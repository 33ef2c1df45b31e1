using System.Collections.Concurrent;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Web.Features.Workflows.Simulation;

/// <summary>
/// The simulations under way in this process (a singleton). A simulation lives in memory only: it is dropped after
/// <see cref="IdleLimit"/> without use, when more than <see cref="MaxSessions"/> run, and when the host stops.
/// </summary>
internal sealed class SimulationLab(string definitionsFolder) : IAsyncDisposable
{
    public const int MaxSessions = 20;

    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<Guid, SimulationSession> _sessions = new();

    public async Task<SimulationSession> StartAsync(
        WorkflowDefinition definition, SimulatedPerson main, IReadOnlyList<SimulatedPerson> household, DateOnly receivedOn, CancellationToken cancellationToken)
    {
        await DropIdleAsync();
        var session = await SimulationSession.StartAsync(definition, main, household, receivedOn, definitionsFolder, cancellationToken);
        _sessions[session.Id] = session;
        return session;
    }

    public SimulationSession? Find(Guid id) => _sessions.GetValueOrDefault(id);

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _sessions.Keys)
        {
            if (_sessions.TryRemove(id, out var session))
            {
                await session.DisposeAsync();
            }
        }
    }

    private async Task DropIdleAsync()
    {
        var stale = _sessions.Values
            .OrderByDescending(s => s.LastUsed)
            .Select((session, index) => (session, index))
            .Where(s => s.index >= MaxSessions - 1 || DateTimeOffset.UtcNow - s.session.LastUsed > IdleLimit)
            .Select(s => s.session)
            .ToList();
        foreach (var session in stale)
        {
            if (_sessions.TryRemove(session.Id, out _))
            {
                await session.DisposeAsync();
            }
        }
    }
}
