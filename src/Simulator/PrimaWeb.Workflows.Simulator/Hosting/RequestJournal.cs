namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>Every request that reached the simulator, so tests can assert that a refused call never arrived.</summary>
public sealed class RequestJournal
{
    private readonly Lock _gate = new();
    private readonly List<JournalEntry> _entries = [];

    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public void Record(JournalEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<JournalEntry> For(string service) => [.. Entries.Where(e => e.Service == service)];

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}

/// <summary>One request as received: when, which service, from which CPAS, about whom, which attempt and key.</summary>
public sealed record JournalEntry(DateTimeOffset At, string Service, string? Cpas, string? Person, int Attempt, string? IdempotencyKey);
