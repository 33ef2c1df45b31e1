using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The bounds every task form keeps in this application, taken from the domain's rules.</summary>
public static class TaskForms
{
    public static FormLimits Limits { get; } =
        FormLimits.Default with { EarliestDate = LegalDate.Earliest, YearsAhead = LegalDate.YearsAhead, TimeZone = LegalClock.TimeZone };

    /// <summary>Today as the forms' date bounds read it: the legal (Belgian) day, as the domain dates a decision.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Limits.Today(time.GetUtcNow());
    }
}
