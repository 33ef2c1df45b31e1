using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The household's resources and expenses as the social worker recorded them for a request: the input of the RIS
/// calculation (category, members, resources) and the expenses the social report weighs. A later statement for the
/// same request supersedes the earlier one; both stay in the file.
/// </summary>
public sealed class ResourceStatement : CaseFileRecord
{
    private readonly List<RisHouseholdMember> _members = [];
    private readonly List<RisResource> _resources = [];
    private readonly List<StatedExpense> _expenses = [];

    public ResourceStatement(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        RisCategory category, IEnumerable<RisHouseholdMember> members, IEnumerable<RisResource> resources, IEnumerable<StatedExpense> expenses)
        : base(tenantId, caseId, Guard.RequiredId(requestId, nameof(RequestId), "request"), recordedAt, recordedBy)
    {
        Category = Guard.Defined(category, nameof(Category), "RIS category");
        _members.AddRange(members);
        _resources.AddRange(resources);
        _expenses.AddRange(expenses);
        if (_members.Count(m => m.Relation == CohabitantRelation.Claimant) != 1)
        {
            throw new DomainValidationException(nameof(Members), RuleCodes.OneClaimant, "The household has exactly one claimant.");
        }

        var unknown = _resources.FirstOrDefault(r => _members.All(m => m.PersonId != r.PersonId));
        if (unknown is not null)
        {
            throw new DomainValidationException(
                nameof(Resources),
                RuleCodes.ResourceOutsideHousehold,
                $"The resource '{unknown.Description ?? unknown.Kind.ToString()}' belongs to '{unknown.PersonId}', who is not a member of the household.",
                unknown.Description ?? unknown.Kind.ToString(),
                unknown.PersonId);
        }

        var negative = _resources.Select(r => r.Amount).Concat(_expenses.Select(e => e.MonthlyAmount)).Any(a => a < 0);
        if (negative)
        {
            throw new DomainValidationException(nameof(Resources), RuleCodes.NegativeAmount, "Amounts of resources and expenses cannot be negative.");
        }
    }

    // For EF Core.
    private ResourceStatement()
    {
    }

    public RisCategory Category { get; private set; }

    public IReadOnlyList<RisHouseholdMember> Members => _members;

    public IReadOnlyList<RisResource> Resources => _resources;

    public IReadOnlyList<StatedExpense> Expenses => _expenses;

    public decimal MonthlyExpenses => _expenses.Sum(e => e.MonthlyAmount);

    /// <summary>The RIS calculation input for a period, from this statement.</summary>
    public RisCalculationRequest ToCalculationRequest(DateOnly periodStart, DateOnly periodEnd, DateOnly requestDate) => new()
    {
        Category = Category,
        PeriodStart = periodStart,
        PeriodEnd = periodEnd,
        RequestDate = requestDate,
        Members = _members,
        Resources = _resources,
    };
}
