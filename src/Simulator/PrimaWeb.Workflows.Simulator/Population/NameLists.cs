namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// Fictitious but plausible names and places. The family names deliberately include spelling variants
/// (Dupont/Dupond, Janssens/Janssen/Jansens…) so that the phonetic search has something to find.
/// </summary>
internal static class NameLists
{
    public static readonly string[] BelgianFamilyNames =
    [
        "Dupont", "Dupond", "Janssens", "Janssen", "Jansens", "Vandenbroeck", "Van den Broek", "Vandenbroucke",
        "Claes", "Claeys", "Klaas", "Peeters", "Maes", "Maas", "Jacobs", "Mertens", "Willems", "Goossens", "Wouters",
        "De Smet", "Desmet", "Dubois", "Lambert", "Martin", "Dumont", "Leroy", "Simon", "Laurent", "Lefebvre",
        "Hendrickx", "Hendricks", "Verstraeten", "Lemaire", "Mathieu", "De Hondt", "Dhondt", "Michiels", "Smets",
        "Renard", "Lejeune", "Vermeulen", "Van Damme", "Vandamme", "Cools", "Hermans", "Declercq", "De Clercq",
        "Wuyts", "Stevens", "Bogaert", "Bogaerts", "Charlier", "Collignon", "Francois", "Gilson", "Henrard",
    ];

    public static readonly string[] ForeignFamilyNames =
    [
        "Diallo", "Bah", "Hussein", "Ahmadi", "Popescu", "Nowak", "Kovalenko", "Haidari", "Mohammadi", "Abdi",
        "Yilmaz", "El Amrani", "Benali", "Mukendi", "Tshibanda", "Ivanova", "Gashi", "Sultani",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Jean", "Pierre", "Luc", "Marc", "Thomas", "Nicolas", "Julien", "Kevin", "Pieter", "Jan", "Bart", "Wim",
        "Koen", "Tom", "Lucas", "Noah", "Louis", "Arthur", "Mohamed", "Youssef", "Ahmad", "Olek", "Ibrahima",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Marie", "Anne", "Sophie", "Julie", "Laura", "Emma", "Sarah", "Nathalie", "Els", "An", "Katrien", "Lies",
        "Sofie", "Olivia", "Louise", "Elise", "Fatima", "Amina", "Maryam", "Olena", "Aissatou", "Ines",
    ];

    /// <summary>Postal code and municipality.</summary>
    public static readonly (string PostalCode, string Municipality)[] Municipalities =
    [
        ("1000", "Bruxelles"), ("1030", "Schaerbeek"), ("1080", "Molenbeek-Saint-Jean"), ("4000", "Liège"),
        ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("2000", "Antwerpen"), ("9000", "Gent"),
        ("3000", "Leuven"), ("8000", "Brugge"), ("3500", "Hasselt"),
    ];

    public static readonly string[] Streets =
    [
        "Rue de la Station", "Rue de l'Église", "Avenue des Tilleuls", "Chaussée de Louvain", "Rue du Moulin",
        "Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Rue Haute", "Boulevard Léopold",
    ];

    /// <summary>ONSS employer number, KBO number, name, NACE, sector.</summary>
    public static readonly (string EmployerNumber, string CompanyId, string Name, string Nace, string Sector)[] Employers =
    [
        ("0101234517", "0401234567", "Boulangerie Dupuis SRL", "10711", "ONSS"),
        ("0102345628", "0412345678", "Nettoyage Express SA", "81210", "ONSS"),
        ("0103456739", "0423456789", "Bouwbedrijf Peeters NV", "41201", "ONSS"),
        ("0104567840", "0434567890", "Supermarché du Centre SA", "47111", "ONSS"),
        ("0105678951", "0445678901", "Transport Maes BV", "49410", "ONSS"),
        ("0106789062", "0456789012", "Interim Plus SA", "78200", "ONSS"),
        ("0107890173", "0467890123", "Home Les Jardins ASBL", "87301", "ONSS"),
        ("0108901284", "0478901234", "Logistiek Vlaanderen NV", "52100", "ONSS"),
        ("0501234595", "0207654321", "Commune de Schaerbeek", "84110", "ONSSAPL"),
        ("0502345606", "0212345670", "CPAS de Liège", "88999", "ONSSAPL"),
    ];

    public static readonly (int Code, string Name)[] Mutualities =
    [
        (100, "Mutualité chrétienne"), (200, "Mutualités neutres"), (300, "Solidaris"), (400, "Mutualités libérales"),
        (500, "Mutualités libres"), (600, "CAAMI"),
    ];

    public static readonly string[] FamilyAllowanceFunds = ["FAMIWAL", "Famiris", "KidsLife", "Infino", "Parentia", "FONS"];

    public static readonly string[] UnemploymentInstitutions = ["CAPAC", "FGTB", "CSC", "CGSLB"];

    public static readonly string[] SelfEmployedFunds = ["Xerius", "Acerta", "Liantis", "UCM", "Partena"];
}
