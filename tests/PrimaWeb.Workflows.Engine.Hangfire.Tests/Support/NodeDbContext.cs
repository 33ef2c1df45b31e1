using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>The application context of a test node: the engine's model only.</summary>
public sealed class NodeDbContext(DbContextOptions<NodeDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowEngineModel(this);
}
