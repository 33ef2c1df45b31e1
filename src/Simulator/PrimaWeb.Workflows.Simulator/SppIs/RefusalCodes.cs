namespace PrimaWeb.Workflows.Simulator.SppIs;

/// <summary>
/// The reasons the simulated SPP-IS gives for a refused form. The real SPP-IS error numbers (e.g. 620803) are only
/// partly public; these are the simulator's readable codes, listed in docs/services.md.
/// </summary>
public static class RefusalCodes
{
    public const string NotIntegrated = "NOT_INTEGRATED";
    public const string OverlappingGrant = "OVERLAPPING_GRANT";
    public const string NoGrant = "NO_GRANT";
    public const string InvalidCategory = "INVALID_CATEGORY";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string InvalidFileNumber = "INVALID_FILE_NUMBER";
    public const string TooManySecondaryBeneficiaries = "TOO_MANY_SECONDARY_BENEFICIARIES";
    public const string InvalidNationalityCode = "INVALID_NATIONALITY_CODE";
    public const string InvalidSuffix = "INVALID_SUFFIX";
    public const string NoFormA = "NO_FORM_A";
    public const string EffectiveDateNotCorrectable = "EFFECTIVE_DATE_NOT_CORRECTABLE";
    public const string InvalidStatus = "INVALID_STATUS";
    public const string NoAcceptedB1 = "NO_ACCEPTED_B1";
    public const string NoAcceptedB2 = "NO_ACCEPTED_B2";
    public const string AidNotAllowedForStatus = "AID_NOT_ALLOWED_FOR_STATUS";
    public const string TotalMismatch = "TOTAL_MISMATCH";
    public const string TooManyAmounts = "TOO_MANY_AMOUNTS";
    public const string ReferenceDateTooEarly = "REFERENCE_DATE_TOO_EARLY";
    public const string SecondFormF = "SECOND_F_SAME_YEAR";
    public const string NoPaidClaim = "NO_PAID_CLAIM";
    public const string PremiumAlreadyGranted = "PREMIUM_ALREADY_GRANTED";
    public const string InvalidAmount = "INVALID_AMOUNT";
    public const string InvalidRecoveryType = "INVALID_RECOVERY_TYPE";
    public const string OverlappingAttestation = "OVERLAPPING_ATTESTATION";
    public const string UnknownAttestation = "UNKNOWN_ATTESTATION";
    public const string EmptyForm = "EMPTY_FORM";
}
