namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>Reads the signed-in user's inbox (their CPAS only), narrowed by the criteria, sorted by due date then priority.</summary>
public interface IInboxQueries
{
    Task<IReadOnlyList<InboxTask>> ListAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken);
}
