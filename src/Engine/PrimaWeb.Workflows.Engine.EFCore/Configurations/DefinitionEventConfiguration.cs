using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>The definitions' audit: rows only added, read by definition.</summary>
public sealed class DefinitionEventConfiguration : IEntityTypeConfiguration<DefinitionEvent>
{
    public void Configure(EntityTypeBuilder<DefinitionEvent> builder)
    {
        builder.ToTable("wf_definition_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.DefinitionId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Detail).HasMaxLength(2000).IsRequired();
        builder.HasIndex(e => new { e.DefinitionId, e.At });
    }
}
