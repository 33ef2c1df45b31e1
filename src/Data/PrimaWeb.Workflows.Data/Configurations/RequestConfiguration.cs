using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// A request (demande) and, as its parts, the council's decisions. The lifecycle state is the plain
/// <c>Status</c> column (the Stateless machine reads and writes it through the request).
/// </summary>
internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.ToTable("Requests");
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(request => request.Type).HasMaxLength(30);
        builder.Property(request => request.Status).HasMaxLength(30);
        builder.Property(request => request.SuspendedFrom).HasMaxLength(30);
        builder.HasOne<Case>().WithMany().HasForeignKey(request => request.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Request.CaseId));

        // The 30-day decision deadline and the manager's dashboard select open requests by status and reception.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Request.Status), nameof(Request.ReceivedOn));
        // The dashboard's weekly chart counts what was received in its weeks, whatever the status.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Request.ReceivedOn));
        // The engine and the jobs find the request an instance runs; one instance runs one request.
        builder.HasIndex(request => request.WorkflowInstanceId).IsUnique();
        builder.Ignore(request => request.LatestDecision);
        builder.Ignore(request => request.PermittedTriggers);

        builder.OwnsMany(request => request.Decisions, decision =>
        {
            decision.ToTable("Decisions");
            decision.WithOwner().HasForeignKey("RequestId");
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Id).ValueGeneratedNever();

            // The dashboard selects decisions by the day they were taken (the deadlines they start, the weekly chart).
            decision.HasIndex(d => d.DecidedOn);
            decision.Property(d => d.Outcome).HasMaxLength(20);
            decision.Property(d => d.Motivation).HasMaxLength(4000);
            decision.OwnsOne(d => d.Terms, terms => terms.MapDecisionTerms());
        });
        builder.Navigation(request => request.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
