using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>The yearly computation for one stretch of constant legal figures, writing each step as a breakdown line.</summary>
internal sealed class RisSegmentCalculation(
    RisReferenceData reference,
    RisCalculationRequest request,
    DateOnly date,
    ReferenceRow cohabitantRules,
    GeneralExemptionCumulation cumulation,
    List<ReferenceCitation> citations)
{
    private readonly List<CalculationLine> lines = [];
    private bool employmentExemptionApplied;

    public RisSegment Compute(DateOnly to)
    {
        var categoryRow = reference.CategoryAmounts.RowOn(date);
        citations.Add(categoryRow.Cite());
        var categoryAmount = categoryRow.Amount(RisReferenceData.YearlyField(request.Category));
        // Read only where a cohabitant's resources need it: a row may give no category 1 amount (validated on input).
        var cohabitantField = RisReferenceData.YearlyField(RisCategory.Cohabitant);
        decimal? cohabitantAmount = categoryRow.HasAmount(cohabitantField) ? categoryRow.Amount(cohabitantField) : null;
        lines.Add(new CalculationLine(
            "category-amount",
            $"Yearly RIS amount, category {(int)request.Category}",
            categoryAmount,
            RisLegalBasis.CategoryAmount,
            Detail: $"in force from {ReferenceTable.Format(categoryRow.From)} ({categoryRow.Source}){(categoryRow.Unverified ? "; unverified" : string.Empty)}"));

        var counted = 0m;
        foreach (var member in request.Members)
        {
            counted += CountMember(member, cohabitantAmount);
        }

        lines.Add(new CalculationLine("counted-resources-total", "Counted resources before the general exemption", counted, RisLegalBasis.Resources));
        var generalExemption = GeneralExemption(counted, categoryAmount);
        var countedAfter = counted - generalExemption;
        var yearly = Math.Max(0m, categoryAmount - countedAfter);
        lines.Add(new CalculationLine("counted-resources", "Counted resources after exemptions", countedAfter, RisLegalBasis.Resources));
        lines.Add(new CalculationLine(
            "yearly-amount",
            "Yearly RIS (category amount − counted resources, not below zero)",
            yearly,
            RisLegalBasis.Amount,
            Detail: yearly == 0 ? "resources reach the category amount: no right" : null));
        var monthly = MoneyRounding.ToCent(yearly / 12);
        lines.Add(new CalculationLine("monthly-amount", "Monthly RIS", monthly, RisLegalBasis.Rounding, Detail: $"{RisCalculator.Format(yearly)} / 12"));
        return new RisSegment(date, to, categoryAmount, counted, generalExemption, yearly, monthly, lines.ToList());
    }

    private decimal CountMember(RisHouseholdMember member, decimal? cohabitantAmount)
    {
        var net = 0m;
        var article60Net = 0m;
        foreach (var resource in request.Resources.Where(r => r.PersonId == member.PersonId))
        {
            var counted = CountResource(resource);
            net += counted;
            if (resource.FromArticle60Employment)
            {
                article60Net += counted;
            }
        }

        var person = member.PersonId;
        switch (member.Relation)
        {
            case CohabitantRelation.Claimant:
                return Counted(person, net, "Claimant's own resources", RisLegalBasis.Resources);

            case CohabitantRelation.Partner when member.IsDisBeneficiary:
                return AboveCohabitantAmount(person, article60Net, cohabitantAmount, 100m, "Partner is a DIS beneficiary: only art. 60 §7 / activation income above the category 1 amount counts");

            case CohabitantRelation.Partner when request.Category == RisCategory.FamilyWithDependants:
                return Counted(person, net, "Partner's resources counted in full (category 3)", RisLegalBasis.Cohabitants);

            case CohabitantRelation.Partner:
                return AboveCohabitantAmount(person, net, cohabitantAmount, 100m, "Partner's resources above the category 1 amount (category 1)");

            case CohabitantRelation.FirstDegreeAscendant or CohabitantRelation.FirstDegreeDescendant:
            case CohabitantRelation.OtherMaintenanceDebtor
                when cohabitantRules.Choice<MaintenanceDebtorScope>("maintenanceDebtorScope") == MaintenanceDebtorScope.AllAdultMaintenanceDebtors:
                var counting = request.Choices.MaintenanceDebtorCounting
                    ?? cohabitantRules.Choice<MaintenanceDebtorCounting>("maintenanceDebtorCounting");
                var share = counting == MaintenanceDebtorCounting.Mandatory ? 100m : member.CountedSharePercent ?? 0m;
                return AboveCohabitantAmount(
                    person,
                    net,
                    cohabitantAmount,
                    share,
                    counting == MaintenanceDebtorCounting.Mandatory
                        ? "Maintenance debtor's resources above the category 1 amount (counting mandatory)"
                        : $"Maintenance debtor's resources above the category 1 amount, {share.ToString(System.Globalization.CultureInfo.InvariantCulture)} % counted by decision of the CPAS",
                    member.Relation == CohabitantRelation.OtherMaintenanceDebtor ? RisLegalBasis.CohabitantsReform : RisLegalBasis.Cohabitants);

            default:
                lines.Add(new CalculationLine(
                    "cohabitant-not-counted",
                    "Cohabitant's resources not counted",
                    0m,
                    RisLegalBasis.Cohabitants,
                    person,
                    $"{RisCalculator.Format(net)} not taken into account"));
                return 0m;
        }
    }

    private decimal CountResource(RisResource resource)
    {
        var yearly = resource.Periodicity == ResourcePeriodicity.Monthly ? resource.Amount * 12 : resource.Amount;
        var label = resource.Description ?? resource.Kind.ToString();
        lines.Add(new CalculationLine(
            "resource",
            $"Net resource: {label}",
            yearly,
            RisLegalBasis.Resources,
            resource.PersonId,
            resource.Periodicity == ResourcePeriodicity.Monthly ? $"{RisCalculator.Format(resource.Amount)} × 12" : null));

        if (resource.ExemptBasis != ExemptResourceBasis.None)
        {
            lines.Add(new CalculationLine("resource-exempt", $"Exempt resource ({resource.ExemptBasis})", -yearly, RisLegalBasis.ExemptResource, resource.PersonId));
            return 0m;
        }

        if (resource.EmploymentExemption == EmploymentExemption.None)
        {
            return yearly;
        }

        var row = reference.EmploymentExemptionTable(resource.EmploymentExemption).RowOn(date);
        citations.Add(row.Cite());
        var monthlyExempt = row.Amount("monthly");
        var exempt = Math.Min(yearly, monthlyExempt * 12);
        employmentExemptionApplied = true;
        lines.Add(new CalculationLine(
            "employment-exemption",
            $"Exemption of earned income ({resource.EmploymentExemption})",
            -exempt,
            resource.EmploymentExemption == EmploymentExemption.ShortageOccupation ? RisLegalBasis.ShortageOccupationExemption : RisLegalBasis.EmploymentExemption,
            resource.PersonId,
            $"{RisCalculator.Format(monthlyExempt)} per month from {ReferenceTable.Format(row.From)} ({row.Source}){(row.Unverified ? "; unverified" : string.Empty)}"));
        return yearly - exempt;
    }

    private decimal Counted(string person, decimal amount, string label, string basis)
    {
        lines.Add(new CalculationLine("person-counted", label, amount, basis, person));
        return amount;
    }

    private decimal AboveCohabitantAmount(string person, decimal net, decimal? cohabitantAmountInForce, decimal sharePercent, string label, string basis = RisLegalBasis.Cohabitants)
    {
        var cohabitantAmount = cohabitantAmountInForce
            ?? throw new InvalidOperationException("No category 1 amount is in force; the input validation should have refused the request.");
        var above = Math.Max(0m, net - cohabitantAmount);
        var counted = MoneyRounding.ToCent(above * sharePercent / 100m);
        lines.Add(new CalculationLine(
            "person-counted",
            label,
            counted,
            basis,
            person,
            $"max(0, {RisCalculator.Format(net)} − {RisCalculator.Format(cohabitantAmount)}) = {RisCalculator.Format(above)}"
                + (sharePercent == 100m ? string.Empty : $" × {sharePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)} %")));
        return counted;
    }

    private decimal GeneralExemption(decimal counted, decimal categoryAmount)
    {
        var row = reference.GeneralExemption.RowOn(date);
        citations.Add(row.Cite());
        var amount = row.Amount(RisReferenceData.YearlyField(request.Category));
        string? notApplied = null;
        if (counted >= categoryAmount)
        {
            notApplied = "not applied: counted resources reach the category amount";
        }
        else if (employmentExemptionApplied && cumulation == GeneralExemptionCumulation.NotCumulated)
        {
            notApplied = "not applied: not cumulated with the art. 35 exemption (rule chosen in ris.calculationRules or by the CPAS)";
        }

        var applied = notApplied is null ? Math.Min(amount, counted) : 0m;
        lines.Add(new CalculationLine(
            "general-exemption",
            $"General exemption, category {(int)request.Category}",
            -applied,
            RisLegalBasis.GeneralExemption,
            Detail: notApplied ?? $"{RisCalculator.Format(amount)} per year"));
        return applied;
    }
}
