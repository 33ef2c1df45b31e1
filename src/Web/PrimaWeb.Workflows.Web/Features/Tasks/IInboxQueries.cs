using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>Reads the signed-in user's inbox (their CPAS only), narrowed by the criteria, sorted by due date then priority.</summary>
public interface IInboxQueries
{
    /// <summary>The lines of the inbox page.</summary>
    Task<IReadOnlyList<InboxTask>> ListAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken);

    /// <summary>How many tasks the tab holds, unfiltered (the menu's count).</summary>
    Task<int> CountAsync(InboxTab tab, CancellationToken cancellationToken);

    /// <summary>The same tasks as the engine keeps them, with their case's reference (for <c>GET /api/tasks</c>).</summary>
    Task<IReadOnlyList<InboxRow>> ListRowsAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken);
}

/// <summary>A task of the inbox with the reference of its case and its main person, when the CPAS has that case.</summary>
public sealed record InboxRow(HumanTask Task, string? CaseReference)
{
    public string? PersonName { get; init; }

    public string? PersonNiss { get; init; }
}
