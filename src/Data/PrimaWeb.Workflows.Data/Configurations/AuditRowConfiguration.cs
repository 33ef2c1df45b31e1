using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// The audit of federal-service calls, in the table of audit entries (one row per person concerned). Tenant-owned
/// (ADR 0003): a CPAS only ever lists its own consultations. Append-only, so neither a concurrency version nor change
/// stamps.
/// </summary>
internal sealed class AuditRowConfiguration : IEntityTypeConfiguration<AuditRow>
{
    public void Configure(EntityTypeBuilder<AuditRow> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(row => row.Niss).HasConversion<NissConverter>().HasMaxLength(NissConverter.Length).IsFixedLength().IsUnicode(false);
        builder.Property(row => row.Persons).HasMaxLength(1200).IsUnicode(false);
        builder.Property(row => row.User).HasMaxLength(200);
        builder.Property(row => row.CaseId).HasMaxLength(100);
        builder.Property(row => row.RequestId).HasMaxLength(100);
        builder.Property(row => row.Service).HasMaxLength(200);
        builder.Property(row => row.LegalContext).HasMaxLength(100);
        builder.Property(row => row.LegalBasis).HasMaxLength(1000);
        builder.Property(row => row.Outcome).HasMaxLength(40);
        builder.Property(row => row.Detail).HasMaxLength(2000);
        builder.Property(row => row.IdempotencyKey).HasMaxLength(200);

        // The two ways the audit is read: per person and per case, newest last, within one CPAS.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(AuditRow.Niss), nameof(AuditRow.At));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(AuditRow.CaseId), nameof(AuditRow.At));
    }
}
