using Microsoft.EntityFrameworkCore;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A throw-away database of one provider, for the store tests' subclasses.</summary>
public interface IDatabaseProvider : IAsyncDisposable
{
    void Configure(DbContextOptionsBuilder options);
}
