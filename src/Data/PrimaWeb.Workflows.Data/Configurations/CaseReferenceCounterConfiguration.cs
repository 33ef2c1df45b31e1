using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Cases;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>One counter row per CPAS and year; its key makes a second row for the same year impossible.</summary>
internal sealed class CaseReferenceCounterConfiguration : IEntityTypeConfiguration<CaseReferenceCounter>
{
    public void Configure(EntityTypeBuilder<CaseReferenceCounter> builder)
    {
        builder.ToTable("CaseReferenceCounters");
        builder.IsTenantOwned();
        builder.HasKey(TenantModel.TenantIdProperty, nameof(CaseReferenceCounter.Year));
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
