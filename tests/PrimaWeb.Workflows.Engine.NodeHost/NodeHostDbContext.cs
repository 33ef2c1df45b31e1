using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>The node's application context: the engine's model and one domain table written by the workload's activity.</summary>
public sealed class NodeHostDbContext(DbContextOptions<NodeHostDbContext> options) : DbContext(options)
{
    public DbSet<Visit> Visits => Set<Visit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowEngineModel(this);
        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("node_visits");
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Node).HasMaxLength(20);

            // Deliberately not unique: a second row for an instance is the failure the test looks for.
            visit.HasIndex(v => v.InstanceId);
        });
    }
}
