using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Tells a letter what a granted aid of one request type gives, from that type's records (<c>AidRecord</c>); the RIS
/// types need none, their letters print the RIS calculation. One source per request type.
/// </summary>
public interface ILetterAidSource
{
    RequestType Type { get; }

    /// <summary>The granted aid in the letter's language; throws when the request lacks what its grant needs.</summary>
    Task<LetterAid> AidAsync(Request request, Decision decision, Language language, CancellationToken cancellationToken);
}
