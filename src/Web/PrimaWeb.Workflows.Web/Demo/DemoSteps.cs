using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>A step of a demo request's workflow: the task the social worker completes with these values, or (no values) the task it stops at.</summary>
internal sealed record DemoStep(string TaskType, JsonObject? Payload = null);

/// <summary>How far each demo request goes, and what the social worker entered on the way.</summary>
internal static class DemoSteps
{
    /// <summary>Thomas Martin, a part-time cleaner who keeps his student son: up to the Council's decision.</summary>
    public static IReadOnlyList<DemoStep> Martin =>
    [
        new("record-resources", new JsonObject
        {
            ["category"] = "FamilyWithDependants",
            ["claimantEarnedIncome"] = 780m,
            ["claimantFamilyAllowances"] = 214.12m,
            ["partnerIsDisBeneficiary"] = false,
            ["rent"] = 650m,
            ["energy"] = 120m,
        }),
        new("social-report", new JsonObject
        {
            ["report"] = "Monsieur Martin vit avec son fils Lucas (20 ans), étudiant à temps plein dont il a la charge. "
                + "Il travaille à mi-temps comme nettoyeur depuis septembre 2024 (780 € nets par mois) ; son loyer est de 650 €. "
                + "Ses revenus sont inférieurs au revenu d'intégration au taux famille à charge : un complément est justifié.",
            ["proposal"] = "Grant",
            ["motivation"] = "Revenus professionnels inférieurs au montant de la catégorie 3 ; fils étudiant à charge.",
        }),
        new("council-decision"),
    ];

    /// <summary>Bart Janssens, whose business stopped: his resources are still to be recorded.</summary>
    public static IReadOnlyList<DemoStep> Janssens => [new("record-resources")];

    /// <summary>Lotte De Smet, alone and without income: the social report is still to be written.</summary>
    public static IReadOnlyList<DemoStep> DeSmet =>
    [
        new("record-resources", new JsonObject
        {
            ["category"] = "Isolated",
            ["partnerIsDisBeneficiary"] = false,
            ["rent"] = 520m,
            ["energy"] = 95m,
        }),
        new("social-report"),
    ];
}
