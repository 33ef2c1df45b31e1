using System.Globalization;
using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// Computes the RIS (revenu d'intégration) for a period: yearly category amount − counted yearly resources after
/// exemptions, per stretch of constant legal figures; monthly = yearly / 12 rounded half-up to the cent; partial months
/// pro rata. See docs/calculations.md.
/// </summary>
public sealed class RisCalculator(RisReferenceData reference)
{
    /// <exception cref="InvalidCalculationInputException">The request is invalid or no reference data is in force for it.</exception>
    public RisCalculationResult Calculate(RisCalculationRequest request)
    {
        RisInputValidator.Validate(request, reference);

        var citations = new List<ReferenceCitation>();
        var cohabitantRow = reference.CohabitantRules.RowOn(request.EffectiveRequestDate);
        citations.Add(cohabitantRow.Cite());

        var segments = new List<RisSegment>();
        var months = new List<RisMonthAmount>();
        ProRataRule proRata = default;
        foreach (var (from, to) in SegmentBounds(request))
        {
            var rulesRow = reference.CalculationRules.RowOn(from);
            proRata = request.Choices.ProRata ?? rulesRow.Choice<ProRataRule>("partialMonthProRata");
            var cumulation = request.Choices.GeneralExemptionCumulation
                ?? rulesRow.Choice<GeneralExemptionCumulation>("generalExemptionWithEmploymentExemption");
            var context = new RisSegmentCalculation(reference, request, from, cohabitantRow, cumulation, citations);
            citations.Add(rulesRow.Cite());
            var segment = context.Compute(to);
            segments.Add(segment);
            months.AddRange(RisProRata.Months(from, to, segment.MonthlyAmount, proRata));
        }

        return new RisCalculationResult(
            request.Category,
            request.PeriodStart,
            request.PeriodEnd,
            segments,
            months,
            months.Sum(m => m.Amount),
            proRata,
            citations.Distinct().ToList());
    }

    private IEnumerable<(DateOnly From, DateOnly To)> SegmentBounds(RisCalculationRequest request)
    {
        var tables = new List<ReferenceTable> { reference.CategoryAmounts, reference.GeneralExemption, reference.CalculationRules };
        tables.AddRange(request.Resources
            .Select(r => r.EmploymentExemption)
            .Where(e => e != EmploymentExemption.None)
            .Distinct()
            .Select(reference.EmploymentExemptionTable));
        var starts = tables
            .SelectMany(t => t.ChangeDates(request.PeriodStart, request.PeriodEnd))
            .Append(request.PeriodStart)
            .Distinct()
            .Order()
            .ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            yield return (starts[i], i + 1 < starts.Count ? starts[i + 1].AddDays(-1) : request.PeriodEnd);
        }
    }

    internal static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
