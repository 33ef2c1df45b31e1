using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// A case (dossier social) and, as parts of it, the members of its official and de facto households in one table
/// told apart by <c>Kind</c> (the domain keeps them in one list for that reason).
/// </summary>
internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(@case => @case.Id);
        builder.Property(@case => @case.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(@case => @case.Reference).HasMaxLength(30);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Case.Reference)).IsUnique();
        builder.Property(@case => @case.Status).HasMaxLength(20);
        builder.Property(@case => @case.SocialWorkerId).HasMaxLength(100);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Case.SocialWorkerId));
        builder.HasOne<Person>().WithMany().HasForeignKey(@case => @case.MainPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(@case => @case.OfficialHousehold);
        builder.Ignore(@case => @case.DeFactoHousehold);

        builder.OwnsMany(@case => @case.HouseholdMembers, member =>
        {
            member.ToTable("HouseholdMembers");
            member.WithOwner().HasForeignKey("CaseId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.Kind).HasMaxLength(20);
            member.Property(m => m.Relation).HasMaxLength(30);
            member.Ignore(m => m.Period);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(@case => @case.HouseholdMembers).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
