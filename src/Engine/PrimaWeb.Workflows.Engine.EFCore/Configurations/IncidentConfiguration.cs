using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Incidents;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Incidents, found by status and definition for batch actions, and by due retry.</summary>
public sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("wf_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DefinitionId).HasMaxLength(200).IsRequired();
        builder.Property(i => i.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(i => i.ActivityType).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ClosedBy).HasMaxLength(200);
        builder.HasIndex(i => new { i.Status, i.DefinitionId, i.ActivityType });
        builder.HasIndex(i => new { i.Status, i.NextRetryAt });
        builder.HasIndex(i => i.InstanceId);
        builder.HasConcurrencyVersion();
    }
}
