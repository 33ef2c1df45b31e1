using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Throws once at the armed point: around the commit that records an outbox message or its delivery.</summary>
public sealed class CrashInjector : SaveChangesInterceptor
{
    // One harness runs one scenario at a time, so a plain field is enough to pair a save with its completion.
    private CrashPoint _pendingAfterCommit;

    public CrashPoint Armed { get; set; }

    public int Crashes { get; private set; }

    /// <summary>Crashes if <paramref name="point"/> is armed, once.</summary>
    public void Hit(CrashPoint point)
    {
        if (Armed == point)
        {
            Armed = CrashPoint.None;
            Crashes++;
            throw new SimulatedCrashException($"Simulated crash at {point}.");
        }
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var entries = eventData.Context!.ChangeTracker.Entries<OutboxMessage>().ToList();
        if (entries.Any(e => e.State == EntityState.Added))
        {
            Hit(CrashPoint.BeforeBurstCommit);
            _pendingAfterCommit = CrashPoint.AfterBurstCommit;
        }
        else if (entries.Any(e => e.State == EntityState.Modified && e.Entity.Status == OutboxStatus.Dispatched))
        {
            Hit(CrashPoint.BeforeDispatchCommit);
            _pendingAfterCommit = CrashPoint.AfterDispatchCommit;
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var after = _pendingAfterCommit;
        _pendingAfterCommit = CrashPoint.None;
        if (after != CrashPoint.None)
        {
            Hit(after);
        }

        return ValueTask.FromResult(result);
    }
}
