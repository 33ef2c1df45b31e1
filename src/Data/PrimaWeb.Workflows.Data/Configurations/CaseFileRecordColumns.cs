using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// The columns every case-file record shares. Each kind of record has its own table (no EF hierarchy: the kinds
/// are never queried together, and a table per kind keeps each one narrow and its indexes small).
/// </summary>
internal static class CaseFileRecordColumns
{
    public static EntityTypeBuilder<TRecord> IsCaseFileRecord<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : CaseFileRecord
    {
        builder.ToTable(table);
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(record => record.RecordedBy).HasMaxLength(100);
        builder.HasOne<Case>().WithMany().HasForeignKey(record => record.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Request>().WithMany().HasForeignKey(record => record.RequestId).OnDelete(DeleteBehavior.Restrict);

        // The case file view reads by case, the workflow steps by request.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(CaseFileRecord.CaseId));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(CaseFileRecord.RequestId));

        // Records are mostly append-only, but a form changes as the SPP-IS answers and two writers may race.
        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
        return builder;
    }
}
