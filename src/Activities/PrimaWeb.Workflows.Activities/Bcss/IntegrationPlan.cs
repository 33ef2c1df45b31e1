using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>The last day of an integration: the given end, else the months asked, never beyond the code's maximum.</summary>
public static class IntegrationPlan
{
    public static DateOnly EndOf(CapacityCodeInfo info, DateOnly from, DateOnly? until, int? months)
    {
        ArgumentNullException.ThrowIfNull(info);
        var maximum = info.MaximumEnd(from);
        DateOnly wanted;
        if (until is { } end)
        {
            wanted = end;
        }
        else if (months is > 0)
        {
            wanted = from.AddMonths(months.Value).AddDays(-1);
        }
        else
        {
            wanted = maximum;
        }

        if (wanted < from)
        {
            throw new InvalidOperationException($"The integration cannot end on {wanted:yyyy-MM-dd}, before its first day {from:yyyy-MM-dd}.");
        }

        return wanted < maximum ? wanted : maximum;
    }
}
