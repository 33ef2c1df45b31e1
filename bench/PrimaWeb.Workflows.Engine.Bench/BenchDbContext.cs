using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>The engine's model alone, as the application context would carry it.</summary>
internal sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowEngineModel(this);
}
