namespace PrimaWeb.Workflows.Simulator.Faults;

/// <summary>The active faults; the first matching rule hits a request and uses up one of its <see cref="FaultRule.Times"/>.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<ActiveFault> _faults = [];

    public FaultInjector(IEnumerable<FaultRule> configured)
    {
        foreach (var rule in configured)
        {
            Add(rule);
        }
    }

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _faults.Add(new ActiveFault(rule) { Remaining = rule.Times });
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Active
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults.Select(f => f.Rule)];
            }
        }
    }

    /// <summary>The fault that hits this request, if any.</summary>
    public FaultRule? Take(string service, string? person)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f =>
                (f.Rule.Service is null || string.Equals(f.Rule.Service, service, StringComparison.OrdinalIgnoreCase))
                && (f.Rule.Person is null || f.Rule.Person == person));
            if (fault is null)
            {
                return null;
            }

            if (fault.Remaining is { } remaining)
            {
                fault.Remaining = remaining - 1;
                if (fault.Remaining <= 0)
                {
                    _faults.Remove(fault);
                }
            }

            return fault.Rule;
        }
    }

    private sealed class ActiveFault(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; }
    }
}
