using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// A resource statement. Its members, resources and expenses are values read and written with the statement only
/// (never queried on their own), so each list is one JSON column rather than a child table.
/// </summary>
internal sealed class ResourceStatementConfiguration : IEntityTypeConfiguration<ResourceStatement>
{
    public void Configure(EntityTypeBuilder<ResourceStatement> builder)
    {
        builder.IsCaseFileRecord("ResourceStatements");
        builder.Property(statement => statement.Category).HasMaxLength(30);
        builder.Ignore(statement => statement.MonthlyExpenses);

        // Complex collections must be IList<T>: the read-only views are ignored and their backing lists mapped.
        builder.Ignore(statement => statement.Members);
        builder.Ignore(statement => statement.Resources);
        builder.Ignore(statement => statement.Expenses);
        builder.ComplexCollection<List<RisHouseholdMember>, RisHouseholdMember>("_members", members => members.ToJson("Members"));
        builder.ComplexCollection<List<RisResource>, RisResource>("_resources", resources => resources.ToJson("Resources"));
        builder.ComplexCollection<List<StatedExpense>, StatedExpense>("_expenses", expenses => expenses.ToJson("Expenses"));
    }
}
