using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>A thread-safe directory of domain registers kept in memory, for tests and the embedded demo.</summary>
public sealed class InMemoryIntegrationDirectory : IIntegrationDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Cpas, Niss Person), IntegrationRegister> _registers = [];

    /// <summary>Registers through the domain's register, so its duration and overlap rules apply.</summary>
    public IntegrationRegistration Register(string cpas, Niss person, CapacityCode code, DateOnly start, DateOnly? end = null)
    {
        lock (_gate)
        {
            if (!_registers.TryGetValue((cpas, person), out var register))
            {
                _registers[(cpas, person)] = register = new IntegrationRegister(cpas, person);
            }

            return register.Register(code, start, end);
        }
    }

    public Task<IntegrationRegister?> GetRegisterAsync(string cpas, Niss person, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_registers.GetValueOrDefault((cpas, person)));
        }
    }
}
