using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>What a granted installation premium gives: the amount, and the situation left and the new dwelling it furnishes.</summary>
public sealed class InstallationPremiumLetterSource(ICaseFileStore store) : ILetterAidSource
{
    public RequestType Type => RequestType.InstallationPremium;

    public async Task<LetterAid> AidAsync(Request request, Decision decision, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (granted, amount) = await OtherAidLetterSource.GrantedAsync(store, request, decision, cancellationToken);
        var record = await AidDetails.LatestAsync(store, request.TenantId, request.Id, PremiumConditions.Kind, cancellationToken)
            ?? throw new InvalidOperationException($"Request {request.Id} has no record of the premium's conditions.");
        var conditions = AidDetails.Read<PremiumConditions>(record);
        return new LetterAid(AidWording.Premium(language), amount, granted.From, null,
        [
            new LetterAidLine(AidWording.FormerSituationLabel(language), AidWording.Situation(conditions.FormerSituation, language)),
            new LetterAidLine(AidWording.DwellingLabel(language), LetterAddress.From(conditions.Dwelling, language).OneLine),
            new LetterAidLine(AidWording.DwellingFromLabel(language), LetterFormats.Date(conditions.DwellingFrom)),
        ]);
    }
}
