using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Tasks, with one index per inbox query (each begins with tenant and status, ends with the due date it sorts by).</summary>
public sealed class HumanTaskConfiguration : IEntityTypeConfiguration<HumanTask>
{
    public void Configure(EntityTypeBuilder<HumanTask> builder)
    {
        builder.ToTable("wf_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(t => t.TaskType).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(500).IsRequired();
        builder.Property(t => t.TenantId).HasMaxLength(100).IsRequired();
        builder.Property(t => t.CaseId).HasMaxLength(100);
        builder.Property(t => t.RequestId).HasMaxLength(100);
        builder.Property(t => t.CandidateRole).HasMaxLength(100);
        builder.Property(t => t.CandidateTeam).HasMaxLength(100);
        builder.Property(t => t.Assignee).HasMaxLength(200);
        builder.Property(t => t.CompletedBy).HasMaxLength(200);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.TenantId, t.Status, t.Assignee, t.DueAt }).HasDatabaseName("ix_wf_tasks_assignee");
        builder.HasIndex(t => new { t.TenantId, t.Status, t.CandidateTeam, t.DueAt }).HasDatabaseName("ix_wf_tasks_team");
        builder.HasIndex(t => new { t.TenantId, t.Status, t.CandidateRole, t.DueAt }).HasDatabaseName("ix_wf_tasks_role");
        builder.HasIndex(t => new { t.TenantId, t.Status, t.TaskType, t.DueAt }).HasDatabaseName("ix_wf_tasks_type");
        builder.HasIndex(t => new { t.TenantId, t.Status, t.DueAt }).HasDatabaseName("ix_wf_tasks_due");
        builder.HasIndex(t => new { t.TenantId, t.CaseId }).HasDatabaseName("ix_wf_tasks_case");
        builder.HasIndex(t => t.InstanceId);
        builder.HasConcurrencyVersion();
    }
}
