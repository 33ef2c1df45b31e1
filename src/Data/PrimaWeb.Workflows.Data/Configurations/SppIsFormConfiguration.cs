using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// A form to the SPP-IS. The answer-polling job selects forms by status across every CPAS; the idempotency key
/// is unique so that a resend can never become a second form.
/// </summary>
internal sealed class SppIsFormConfiguration : IEntityTypeConfiguration<SppIsForm>
{
    public void Configure(EntityTypeBuilder<SppIsForm> builder)
    {
        builder.IsCaseFileRecord("SppIsForms");
        builder.Property(form => form.Type).HasMaxLength(30);
        builder.Property(form => form.Status).HasMaxLength(30);
        builder.Property(form => form.IdempotencyKey).HasMaxLength(200);
        builder.Property(form => form.ContentJson);
        builder.Property(form => form.FormId).HasMaxLength(100);
        builder.Ignore(form => form.IsAnswered);

        // Complex collections must be IList<T>: the read-only view is ignored and its backing list mapped.
        builder.Ignore(form => form.Reasons);
        builder.ComplexCollection<List<SppIsAnswerReason>, SppIsAnswerReason>("_reasons", reasons => reasons.ToJson("Reasons"));

        builder.HasIndex(form => form.Status);

        // The dashboard lists a CPAS's refused forms, oldest answer first.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(SppIsForm.Status), nameof(SppIsForm.AnsweredAt));
        builder.HasIndex(form => form.IdempotencyKey).IsUnique();
        builder.HasIndex(form => form.FormId);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(SppIsForm.DecisionId));
    }
}
