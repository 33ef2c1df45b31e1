using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The bounds every task form keeps in this application, taken from the domain's rules.</summary>
public static class TaskForms
{
    public static FormLimits Limits { get; } = FormLimits.Default with { EarliestDate = LegalDate.Earliest, YearsAhead = LegalDate.YearsAhead };

    /// <summary>Today as the forms' date bounds read it (UTC day: the bound is years away, the hour does not matter).</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }
}
