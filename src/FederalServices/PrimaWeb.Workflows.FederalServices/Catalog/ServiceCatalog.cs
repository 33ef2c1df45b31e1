namespace PrimaWeb.Workflows.FederalServices.Catalog;

/// <summary>
/// Every web service the gateway calls: the seed's table "Quels sont les WebServices disponibles" plus the
/// investigation flows it lists by content (addresses, Waiting Register, Pensions Cadastre, real estate, family
/// allowances, unemployment) and the mutations feed.
/// </summary>
public static class ServiceCatalog
{
    public static readonly FederalService IdentifyPerson = new(
        "OCMWCPASIdentifyPerson", "bcss", ServiceKind.Consultation, "Recherche à partir d'un NISS ou recherche phonétique");

    public static readonly FederalService CreateKszCitizen = new(
        "ManagerPerson.createKSZCitizen", "bcss", ServiceKind.Send, "Création d'un numéro BIS");

    public static readonly FederalService ManageAccess = new(
        "OCMWCPASManageAccess", "bcss", ServiceKind.Send, "Intégration, désintégration et consultation d'intégration");

    public static readonly FederalService ReferenceManagerConsult = new(
        "ReferenceManager.Consult", "bcss", ServiceKind.Consultation, "Consultation du répertoire des références de la BCSS");

    public static readonly FederalService PerformInvestigation = new(
        "OCMWCPASPerformInvestigation", "bcss", ServiceKind.Consultation, "Données du Registre National");

    public static readonly FederalService RetrieveTIGroups = new(
        "OCMWCPASRetrieveTIGroups", "bcss", ServiceKind.Consultation, "Transaction 25: données du Registre par type d'information");

    public static readonly FederalService L950 = new(
        "L950", "bcss", ServiceKind.Consultation, "Consultation du fichier du personnel ONSS et ONSSAPL");

    public static readonly FederalService A701 = new(
        "A701", "bcss", ServiceKind.Consultation, "Consultation du répertoire des employeurs ONSS et ONSSAPL");

    public static readonly FederalService L301 = new(
        "L301", "bcss", ServiceKind.Consultation, "Consultation du fichier de suivi de l'INASTI");

    public static readonly FederalService HealthInsurance = new(
        "OCMWCPASHealthInsurance", "bcss", ServiceKind.Consultation, "Consultation de l'assurabilité");

    public static readonly FederalService AddressHistory = new(
        "AddressHistory", "flows", ServiceKind.Consultation, "Consultation des adresses");

    public static readonly FederalService WaitingRegister = new(
        "WaitingRegister", "flows", ServiceKind.Consultation, "Consultation du Registre d'Attente");

    public static readonly FederalService PensionCadastre = new(
        "PensionCadastre", "flows", ServiceKind.Consultation, "Consultation du Cadastre des Pensions");

    public static readonly FederalService RealEstate = new(
        "RealEstate", "flows", ServiceKind.Consultation, "Consultation des Biens Immobiliers");

    public static readonly FederalService FamilyAllowances = new(
        "FamilyAllowances", "flows", ServiceKind.Consultation, "Consultation des Allocations Familiales");

    public static readonly FederalService Unemployment = new(
        "Unemployment", "flows", ServiceKind.Consultation, "Consultation de la base de données « chômage »");

    public static readonly FederalService RegistreAttest = new(
        "OCMWCPASRegistreAttest", "spp-is", ServiceKind.Send, "Communication d'une décision d'octroi ou de refus d'octroi DIS");

    public static readonly FederalService StopAttest = new(
        "OCMWCPASStopAttest", "spp-is", ServiceKind.Send, "Communication d'un arrêt (ou d'une suspension) DIS");

    public static readonly FederalService RegisterRecoveredAmount = new(
        "OCMWCPASRegisterRecoveredAmount", "spp-is", ServiceKind.Send, "Communication d'un remboursement au SPP-IS");

    public static readonly FederalService Wet65Loi65AB = new(
        "OCMWCPASWet65Loi65AB", "spp-is", ServiceKind.Send, "Envoi des formulaires A/B1/B2 Loi de 65");

    public static readonly FederalService Wet65Loi65C = new(
        "OCMWCPASWet65Loi65C", "spp-is", ServiceKind.Send, "Envoi des formulaires C Loi de 65");

    public static readonly FederalService Wet65Loi65DF = new(
        "OCMWCPASWet65Loi65DF", "spp-is", ServiceKind.Send, "Envoi des formulaires D1/D2/F Loi de 65");

    public static readonly FederalService OrganicLaw = new(
        "OCMWCPASOrganicLaw", "spp-is", ServiceKind.Send, "Formulaires primes d'installation (Loi Organique)");

    public static readonly FederalService ListOfAttestation = new(
        "OCMWCPASListOfAttestation", "spp-is", ServiceKind.Consultation, "Consultation des réponses du SPP-IS aux formulaires");

    public static readonly FederalService A036 = new(
        "OCMWCPASA036", "spp-is", ServiceKind.Send, "Envoi d'une Attestation Multifonctionnelle");

    public static readonly FederalService RvvBimOmnioStatus = new(
        "OCMWCPASRvvBimOmnioStatus", "heating", ServiceKind.Consultation, "Vérification du statut BIM/OMNIO");

    public static readonly FederalService HeatingAllocationConsultAllocation = new(
        "HeatingAllocationConsultAllocation", "heating", ServiceKind.Consultation, "Consultation de l'allocation de chauffage versée");

    public static readonly FederalService ComputeAllocation = new(
        "ComputeAllocation", "heating", ServiceKind.Consultation, "Calcul de l'allocation d'un bénéficiaire");

    public static readonly FederalService SaveAllocation = new(
        "SaveAllocation", "heating", ServiceKind.Send, "Communication et sauvegarde de l'allocation");

    public static readonly FederalService MutationsSender = new(
        "MutationsSender", "bcss", ServiceKind.Consultation, "Mutations des personnes intégrées par le CPAS");

    public static IReadOnlyList<FederalService> All { get; } =
    [
        IdentifyPerson, CreateKszCitizen, ManageAccess, ReferenceManagerConsult, PerformInvestigation, RetrieveTIGroups,
        L950, A701, L301, HealthInsurance, AddressHistory, WaitingRegister, PensionCadastre, RealEstate, FamilyAllowances,
        Unemployment, RegistreAttest, StopAttest, RegisterRecoveredAmount, Wet65Loi65AB, Wet65Loi65C, Wet65Loi65DF,
        OrganicLaw, ListOfAttestation, A036, RvvBimOmnioStatus, HeatingAllocationConsultAllocation, ComputeAllocation,
        SaveAllocation, MutationsSender,
    ];
}
