using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A rendered notification letter.</summary>
internal sealed class NotificationLetterConfiguration : IEntityTypeConfiguration<NotificationLetter>
{
    public void Configure(EntityTypeBuilder<NotificationLetter> builder)
    {
        builder.IsCaseFileRecord("NotificationLetters");
        builder.Property(letter => letter.Template).HasMaxLength(200);
        builder.Property(letter => letter.Language).HasMaxLength(20);
        builder.Property(letter => letter.Content);

        // The dashboard's notification deadlines ask, per decision, whether its letter exists.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(NotificationLetter.DecisionId));
    }
}
