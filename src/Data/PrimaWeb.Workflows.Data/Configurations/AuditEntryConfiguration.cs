using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// The audit of federal-service calls. Tenant-owned (ADR 0003): a CPAS only ever lists its own consultations.
/// Append-only, so neither a concurrency version nor change stamps.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(entry => entry.Niss).HasConversion<NissConverter>().HasMaxLength(NissConverter.Length).IsFixedLength().IsUnicode(false);
        builder.Property(entry => entry.Persons).HasMaxLength(1200).IsUnicode(false);
        builder.Property(entry => entry.User).HasMaxLength(200);
        builder.Property(entry => entry.CaseId).HasMaxLength(100);
        builder.Property(entry => entry.RequestId).HasMaxLength(100);
        builder.Property(entry => entry.Service).HasMaxLength(200);
        builder.Property(entry => entry.LegalContext).HasMaxLength(100);
        builder.Property(entry => entry.LegalBasis).HasMaxLength(1000);
        builder.Property(entry => entry.Outcome).HasMaxLength(40);
        builder.Property(entry => entry.Detail).HasMaxLength(2000);
        builder.Property(entry => entry.IdempotencyKey).HasMaxLength(200);

        // The two ways the audit is read: per person and per case, newest last, within one CPAS.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(AuditEntry.Niss), nameof(AuditEntry.At));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(AuditEntry.CaseId), nameof(AuditEntry.At));
    }
}
