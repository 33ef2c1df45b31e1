using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// The columns of <see cref="DecisionTerms"/>, named alike on a decision and on a proposal. A proposal maps them as a
/// complex property; a decision, itself an owned part of the request, as an owned reference (EF Core maps no complex
/// property on an owned type).
/// </summary>
internal static class DecisionTermsColumns
{
    public static void MapDecisionTerms(this ComplexPropertyBuilder<DecisionTerms> terms)
    {
        terms.Property(t => t.Category).HasColumnName("TermsCategory").HasMaxLength(30);
        terms.Property(t => t.MonthlyAmount).HasColumnName("TermsMonthlyAmount");
        terms.Property(t => t.From).HasColumnName("TermsFrom");
        terms.Property(t => t.Until).HasColumnName("TermsUntil");
    }

    public static void MapDecisionTerms<TOwner>(this OwnedNavigationBuilder<TOwner, DecisionTerms> terms)
        where TOwner : class
    {
        terms.Property(t => t.Category).HasColumnName("TermsCategory").HasMaxLength(30);
        terms.Property(t => t.MonthlyAmount).HasColumnName("TermsMonthlyAmount");
        terms.Property(t => t.From).HasColumnName("TermsFrom");
        terms.Property(t => t.Until).HasColumnName("TermsUntil");
    }
}
