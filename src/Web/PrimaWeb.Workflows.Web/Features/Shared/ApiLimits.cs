namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// The sizes every API request keeps, whatever the endpoint: checked on the raw JSON before it is bound
/// (<see cref="Hosting.JsonBodyGuard"/>) and on amounts by the readers, so that a huge body, list, text or number is
/// refused at once, naming the field, before any work. Legal dates have their span in <c>Domain.Common.LegalDate</c>.
/// </summary>
public static class ApiLimits
{
    /// <summary>The largest body: far above any form of the application (a household, a calculation, a task).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The most items of one list: household members, resources, incomes, lines of a task's repeated group.</summary>
    public const int MaxListItems = 100;

    /// <summary>The longest text: a social report or a Council's motivation, never more.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>How deep objects and lists may nest: our bodies need four levels at most.</summary>
    public const int MaxDepth = 16;

    /// <summary>The largest amount (euros, litres) in absolute value: no aid, income or invoice comes near.</summary>
    public const decimal LargestAmount = 1_000_000_000m;
}
