using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>A thread-safe directory kept in memory, for tests and the embedded demo.</summary>
public sealed class InMemoryIntegrationDirectory : IIntegrationDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Cpas, Niss Person), List<BcssIntegration>> _lines = [];

    public void Add(string cpas, BcssIntegration integration)
    {
        lock (_gate)
        {
            var key = (cpas, integration.Person);
            if (!_lines.TryGetValue(key, out var list))
            {
                _lines[key] = list = [];
            }

            list.Add(integration);
        }
    }

    public void Clear(string cpas, Niss person)
    {
        lock (_gate)
        {
            _lines.Remove((cpas, person));
        }
    }

    public Task<IReadOnlyList<BcssIntegration>> GetIntegrationsAsync(string cpas, Niss person, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<BcssIntegration> lines = _lines.TryGetValue((cpas, person), out var list) ? [.. list] : [];
            return Task.FromResult(lines);
        }
    }
}
