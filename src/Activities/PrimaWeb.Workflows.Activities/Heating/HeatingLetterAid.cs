using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>What a granted heating allowance gives, for its letter: the amount the Fund saved and the figures behind it.</summary>
public sealed class HeatingLetterAid(ICaseFileStore store) : ILetterAidSource
{
    public RequestType Type => RequestType.HeatingAllowance;

    public async Task<LetterAid> AidAsync(Request request, Decision decision, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var delivery = await AidDetails.LatestDetailsAsync<HeatingDelivery>(store, request.TenantId, request.Id, HeatingRecords.Delivery, cancellationToken)
            ?? throw new InvalidOperationException($"Request {request.Id} has no recorded delivery.");
        var calculation = await AidDetails.LatestDetailsAsync<HeatingCalculation>(store, request.TenantId, request.Id, HeatingRecords.Calculation, cancellationToken)
            ?? throw new InvalidOperationException($"Request {request.Id} has no heating calculation.");
        var saved = await AidDetails.LatestDetailsAsync<HeatingAllocationSaved>(store, request.TenantId, request.Id, HeatingRecords.Allocation, cancellationToken);
        var nl = language == Language.Nl;
        var lines = new List<LetterAidLine>
        {
            new(nl ? "Levering" : "Livraison", $"{LegalDate.Format(delivery.DeliveredOn)} — {HeatingWording.Fuel(delivery.Fuel, language)}"),
            new(nl ? "Categorie" : "Catégorie", ((int)calculation.Category).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (delivery.Dwelling is { } dwelling)
        {
            lines.Insert(1, new(nl ? "Woning" : "Logement", LetterAddress.From(dwelling, language).OneLine));
        }

        var litres = saved?.LitresRetained ?? calculation.LitresAllowed;
        var perLitre = saved?.AllowancePerLitre ?? calculation.AllowancePerLitre;
        if (litres is { } retained and > 0 && perLitre is { } rate and > 0)
        {
            lines.Add(new(nl ? "Aanvaarde liters" : "Litres retenus", HeatingWording.Litres(retained)));
            lines.Add(new(nl ? "Toelage per liter" : "Allocation par litre", HeatingWording.PerLitre(rate)));
        }

        return new LetterAid(
            nl ? "verwarmingstoelage" : "allocation de chauffage", saved?.Amount ?? calculation.Amount, delivery.DeliveredOn, null, lines);
    }
}
