using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Instances: the execution state is one JSON text column; the concurrency column guards every burst.</summary>
public sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("wf_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DefinitionId).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.TenantId).HasMaxLength(100);
        builder.Property(i => i.CorrelationKey).HasMaxLength(200);
        builder.Property(i => i.StateJson).IsRequired();
        builder.Ignore(i => i.State);
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion, i.Status });
        builder.HasIndex(i => new { i.TenantId, i.CorrelationKey });
        builder.HasConcurrencyVersion();
    }
}
