using Microsoft.EntityFrameworkCore;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>An application context in miniature: the engine's model plus one domain table.</summary>
public sealed class TestWorkflowDbContext(DbContextOptions<TestWorkflowDbContext> options) : DbContext(options)
{
    public DbSet<Letter> Letters => Set<Letter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowEngineModel(this);
        modelBuilder.Entity<Letter>().ToTable("letters");
    }
}
