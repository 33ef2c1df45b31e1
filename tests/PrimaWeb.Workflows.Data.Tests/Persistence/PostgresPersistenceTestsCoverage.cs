using System.Reflection;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>A test added to the contract but not overridden for PostgreSQL would not skip without a server: catch it.</summary>
public sealed class PostgresPersistenceTestsCoverage
{
    [Fact]
    public void PostgresPersistenceTests_EveryContractTest_IsOverriddenAsPostgresFact()
    {
        var contract = typeof(PersistenceTests).GetMethods()
            .Where(method => method.DeclaringType == typeof(PersistenceTests) && method.GetCustomAttribute<FactAttribute>() is not null)
            .Select(method => method.Name)
            .ToList();

        var postgres = typeof(PostgresPersistenceTests).GetMethods()
            .Where(method => method.DeclaringType == typeof(PostgresPersistenceTests) && method.GetCustomAttribute<PostgresFactAttribute>(inherit: false) is not null)
            .Select(method => method.Name);

        contract.ShouldNotBeEmpty();
        postgres.ShouldBe(contract, ignoreOrder: true);
    }
}
