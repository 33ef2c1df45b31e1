namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// Status codes of the BCSS answers (shared/domain/bcss-integrations.md §5). The classic KSZ negative codes and the
/// newer MSG codes are both understood; the simulator answers with the MSG codes and adds -300020 in the text.
/// </summary>
public static class BcssStatusCodes
{
    public const string DataFound = "MSG00000";
    public const string SsinDoesNotExist = "MSG00005";
    public const string SsinReplaced = "MSG00006";
    public const string PersonDeceased = "MSG00009";
    public const string InvalidSsinStructure = "MSG00011";
    public const string NotSufficientlyIntegrated = "MSG00012";
    public const string LegalContextNotAllowed = "MSG00013";
    public const string NoDataFound = "MSG00100";
    public const string IncompleteData = "HAN20200";
    public const string NotIntegratedWithCapacity = "-300020";
    public const string PhaseNotHighEnough = "-300030";

    /// <summary>Answers that carry usable data.</summary>
    public static bool IsSuccess(string code) =>
        code is DataFound or NoDataFound or PersonDeceased or SsinReplaced;

    public static bool IsNotIntegrated(string code) =>
        code is NotSufficientlyIntegrated or NotIntegratedWithCapacity or PhaseNotHighEnough;
}
