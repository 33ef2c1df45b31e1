using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A CPAS's staff member, one row per user id and CPAS, written at each sign-in.</summary>
internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.IsTenantOwned();
        builder.HasKey(TenantModel.TenantIdProperty, nameof(StaffMember.UserId));
        builder.Property(member => member.UserId).HasMaxLength(StaffMember.MaxUserIdLength);
        builder.Property(member => member.DisplayName).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property<string>("RolesText").HasColumnName("Roles").HasMaxLength(200);
        builder.Ignore(member => member.Roles);
        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
