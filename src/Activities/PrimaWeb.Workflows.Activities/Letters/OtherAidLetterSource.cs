using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>What a granted other aid gives: its kind, the amount and the period the Council granted.</summary>
public sealed class OtherAidLetterSource(ICaseFileStore store) : ILetterAidSource
{
    public RequestType Type => RequestType.OtherAid;

    public async Task<LetterAid> AidAsync(Request request, Decision decision, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (granted, amount) = await GrantedAsync(store, request, decision, cancellationToken);
        var asked = await AidDetails.LatestAsync(store, request.TenantId, request.Id, OtherAidAsked.Kind, cancellationToken)
            ?? throw new InvalidOperationException($"Request {request.Id} has no record of the aid asked.");
        var kind = AidWording.Kind(AidDetails.Read<OtherAidAsked>(asked).AidKind, language);
        return new LetterAid(kind, amount, granted.From, granted.Until, [new LetterAidLine(AidWording.KindLabel(language), kind)]);
    }

    /// <summary>What the Council granted by <paramref name="decision"/>, as <c>Council.RecordAidDecision</c> kept it.</summary>
    internal static async Task<(AidGranted Granted, decimal Amount)> GrantedAsync(ICaseFileStore store, Request request, Decision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        foreach (var record in (await store.ListAsync<AidRecord>(request.TenantId, request.Id, cancellationToken)).Where(r => r.Kind == AidGranted.Kind))
        {
            if (AidDetails.Read<AidGranted>(record) is { } granted && granted.DecisionId == decision.Id)
            {
                return (granted, record.Amount ?? throw new InvalidOperationException($"The grant {decision.Id} has no amount."));
            }
        }

        throw new InvalidOperationException($"Request {request.Id} has no record of what decision {decision.Id} granted.");
    }
}
