namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>
/// The codes of the domain's rules, with the arguments each one carries (in order). The screens and the API word them
/// in the user's language from these codes; a test checks that every code has its sentence in each language.
/// </summary>
public static class RuleCodes
{
    /// <summary>A refusal without a more precise rule.</summary>
    public const string Refused = "Refused";

    /// <summary>A required value is missing.</summary>
    public const string Required = "Required";

    /// <summary>A text is too long (length, maximum).</summary>
    public const string TooLong = "TooLong";

    /// <summary>A value that is not one of the known ones (value).</summary>
    public const string UnknownValue = "UnknownValue";

    /// <summary>A date in the future (date, today).</summary>
    public const string InFuture = "InFuture";

    /// <summary>A date outside the span a legal date can have (date, earliest, latest).</summary>
    public const string ImplausibleDate = "ImplausibleDate";

    /// <summary>An end before its start (end, start).</summary>
    public const string EndBeforeStart = "EndBeforeStart";

    /// <summary>A name with a character no registered name has (name, character).</summary>
    public const string NameCharacters = "NameCharacters";

    /// <summary>Not a two-letter ISO 3166 country code (code).</summary>
    public const string CountryCode = "CountryCode";

    /// <summary>A Belgian postal code not of 4 digits from 1000 to 9999 (code).</summary>
    public const string BelgianPostalCode = "BelgianPostalCode";

    /// <summary>A birth date the NISS contradicts (date, NISS, date of the NISS).</summary>
    public const string BirthDateContradictsNiss = "BirthDateContradictsNiss";

    /// <summary>A birth year the NISS contradicts (date, NISS, year of the NISS).</summary>
    public const string BirthYearContradictsNiss = "BirthYearContradictsNiss";

    /// <summary>A gender the NISS contradicts (gender, NISS, gender of the NISS).</summary>
    public const string GenderContradictsNiss = "GenderContradictsNiss";

    /// <summary>An answered consultation without its answer.</summary>
    public const string AnswerRequired = "AnswerRequired";

    /// <summary>A consultation without answer that does not say why.</summary>
    public const string ReasonRequired = "ReasonRequired";

    /// <summary>A form received again under another id (id received, id given).</summary>
    public const string FormAlreadyReceived = "FormAlreadyReceived";

    /// <summary>A form that cannot be sent in its status (status).</summary>
    public const string FormNotSendable = "FormNotSendable";

    /// <summary>A status that is no answer of the SPP-IS (status).</summary>
    public const string NotAnAnswer = "NotAnAnswer";

    /// <summary>An answer for a form the SPP-IS has not received.</summary>
    public const string AnswerBeforeReception = "AnswerBeforeReception";

    /// <summary>A household without exactly one claimant.</summary>
    public const string OneClaimant = "OneClaimant";

    /// <summary>A resource of someone outside the household (resource, person).</summary>
    public const string ResourceOutsideHousehold = "ResourceOutsideHousehold";

    /// <summary>A negative amount (amount, when known).</summary>
    public const string NegativeAmount = "NegativeAmount";

    /// <summary>A proposal to grant without category, amount or start.</summary>
    public const string GrantTermsRequired = "GrantTermsRequired";

    /// <summary>A capacity code PrimaWeb does not use (code).</summary>
    public const string UnknownCapacityCode = "UnknownCapacityCode";

    /// <summary>A period that overlaps several integrations (period, capacity, NISS).</summary>
    public const string IntegrationsOverlap = "IntegrationsOverlap";

    /// <summary>A period starting before the integration it overlaps (period, capacity, NISS, period of the integration).</summary>
    public const string IntegrationExtendedBackwards = "IntegrationExtendedBackwards";

    /// <summary>An integration that can no longer be extended (integration, NISS, status, date).</summary>
    public const string IntegrationNotExtendable = "IntegrationNotExtendable";

    /// <summary>A new end that does not extend the integration (end, integration, NISS).</summary>
    public const string IntegrationNotExtended = "IntegrationNotExtended";

    /// <summary>An integration already cancelled (integration, NISS).</summary>
    public const string IntegrationCancelled = "IntegrationCancelled";

    /// <summary>A disintegration that would not shorten the integration (integration, NISS, its end, the last day asked).</summary>
    public const string DisintegrationTooLate = "DisintegrationTooLate";

    /// <summary>An integration the register does not have (NISS, integration id).</summary>
    public const string UnknownIntegration = "UnknownIntegration";

    /// <summary>An integration longer than its capacity allows (capacity, NISS, maximum duration, start, latest end, end).</summary>
    public const string IntegrationTooLong = "IntegrationTooLong";

    /// <summary>A case closing before it opened (closing date, opening date).</summary>
    public const string ClosedBeforeOpened = "ClosedBeforeOpened";

    /// <summary>A member the de facto household does not have (case reference, member id).</summary>
    public const string UnknownMember = "UnknownMember";

    /// <summary>A change to a closed case (case reference).</summary>
    public const string CaseClosed = "CaseClosed";

    /// <summary>A household without the main person (household kind, case reference).</summary>
    public const string MainPersonMissing = "MainPersonMissing";

    /// <summary>The main person with another relation (household kind, case reference, relation).</summary>
    public const string MainPersonRelation = "MainPersonRelation";

    /// <summary>Someone else with the relation MainPerson (household kind, case reference, person id).</summary>
    public const string OnlyMainPersonRelation = "OnlyMainPersonRelation";

    /// <summary>A person twice at once in a household (person id, household kind, case reference, period, period).</summary>
    public const string MemberTwice = "MemberTwice";

    /// <summary>Two partners at once in a household (household kind, case reference, period, period).</summary>
    public const string TwoPartners = "TwoPartners";

    /// <summary>A request already run by a workflow (instance id).</summary>
    public const string AlreadyRunByWorkflow = "AlreadyRunByWorkflow";

    /// <summary>Forms sent before the decision (sending date, decision date).</summary>
    public const string FormsBeforeDecision = "FormsBeforeDecision";

    /// <summary>A resumption of a request that is not suspended.</summary>
    public const string NotSuspended = "NotSuspended";

    /// <summary>A resumption before the suspension (resumption date, suspension date).</summary>
    public const string ResumptionBeforeSuspension = "ResumptionBeforeSuspension";

    /// <summary>A resumption after the end of the grant (resumption date, end of the grant).</summary>
    public const string ResumptionAfterGrantEnd = "ResumptionAfterGrantEnd";

    /// <summary>A decision before the reception of the request (decision date, reception date).</summary>
    public const string DecisionBeforeReception = "DecisionBeforeReception";

    /// <summary>A decision before the previous one (decision date, date of the previous decision).</summary>
    public const string DecisionBeforePrevious = "DecisionBeforePrevious";

    /// <summary>A suspension or withdrawal without a grant in force (the decision's outcome).</summary>
    public const string NoGrantInForce = "NoGrantInForce";

    /// <summary>A suspension or withdrawal before the grant's start (the decision's outcome, effective date, start of the grant).</summary>
    public const string MutationBeforeGrant = "MutationBeforeGrant";

    /// <summary>A suspension, withdrawal or resumption without its effective date (the decision's outcome).</summary>
    public const string EffectiveDateRequired = "EffectiveDateRequired";

    /// <summary>A NIS code not of 5 digits (code).</summary>
    public const string NisCode = "NisCode";

    /// <summary>A CPAS with neither NIS code nor enterprise number.</summary>
    public const string NisCodeOrEnterpriseNumber = "NisCodeOrEnterpriseNumber";

    /// <summary>An enterprise number not of 10 digits starting with 0 or 1 (number).</summary>
    public const string EnterpriseNumber = "EnterpriseNumber";

    /// <summary>An enterprise number with wrong check digits (number, check digits given, check digits expected).</summary>
    public const string EnterpriseNumberCheck = "EnterpriseNumberCheck";

    /// <summary>Resources given for a partner while the household has none on the reception day.</summary>
    public const string PartnerNotInHousehold = "PartnerNotInHousehold";

    /// <summary>A line for someone who is not a member of the household on the reception day (person id).</summary>
    public const string NotAHouseholdMember = "NotAHouseholdMember";

    /// <summary>A grant without category, and none to take from a proposal or calculation.</summary>
    public const string GrantCategoryRequired = "GrantCategoryRequired";

    /// <summary>A grant without monthly amount, and none to take from a proposal or calculation.</summary>
    public const string GrantAmountRequired = "GrantAmountRequired";

    /// <summary>A grant said modified without the amount, start or end the Council decided.</summary>
    public const string ModifiedGrantTermsRequired = "ModifiedGrantTermsRequired";

    /// <summary>Not a tenant code of 3 to 40 lower-case letters, digits and single hyphens (code).</summary>
    public const string TenantCode = "TenantCode";

    /// <summary>Not a NISS: wrong length, date or check digits (the text given).</summary>
    public const string NissInvalid = "NissInvalid";

    /// <summary>A birth date not written yyyy-MM-dd with 00 for an unknown month or day (the text given).</summary>
    public const string BirthDateFormat = "BirthDateFormat";

    /// <summary>A National Register nationality code not from 1 to 999 (the code given).</summary>
    public const string NationalityCode = "NationalityCode";

    /// <summary>A NISS no register knows (the NISS).</summary>
    public const string UnknownNiss = "UnknownNiss";

    /// <summary>No workflow for the request type is in force on the reception day (request type, reception day as yyyy-MM-dd).</summary>
    public const string NoDefinitionInForce = "NoDefinitionInForce";

    /// <summary>Another request of the type is still open on the case (request type, reception date, request id, status).</summary>
    public const string RequestAlreadyOpen = "RequestAlreadyOpen";

    /// <summary>Details given at filing for a request type whose workflow asks none then (request type).</summary>
    public const string NoFilingDetails = "NoFilingDetails";

    /// <summary>A phone number without 9 to 15 digits or with other characters than separators (the number given).</summary>
    public const string PhoneNumber = "PhoneNumber";

    /// <summary>The request's status no longer allows a withdrawal (the status).</summary>
    public const string NotWithdrawable = "NotWithdrawable";

    /// <summary>The person is already in the de facto household on that day (the person's name).</summary>
    public const string AlreadyInHousehold = "AlreadyInHousehold";

    /// <summary>An amount above the plausible bound of its field (the bound).</summary>
    public const string ImplausibleAmount = "ImplausibleAmount";

    /// <summary>No person of the CPAS has this id.</summary>
    public const string UnknownPerson = "UnknownPerson";

    /// <summary>The National Register could not be asked now (the NISS); the user tries again later.</summary>
    public const string RegisterUnavailable = "RegisterUnavailable";

    /// <summary>No row of the legal reference data is in force on the date (the date); an analyst adds it.</summary>
    public const string NoReferenceData = "NoReferenceData";

    /// <summary>A household with more than one partner of the claimant.</summary>
    public const string OnePartner = "OnePartner";

    /// <summary>The same person listed twice in one list.</summary>
    public const string PersonListedTwice = "PersonListedTwice";

    /// <summary>A number outside its bounds (the lowest, the highest).</summary>
    public const string Between = "Between";

    /// <summary>A share of resources counted for someone who is not a maintenance debtor.</summary>
    public const string ShareOfMaintenanceDebtorOnly = "ShareOfMaintenanceDebtorOnly";

    /// <summary>A claimant living with a partner in the category of isolated persons.</summary>
    public const string PartnerNotIsolated = "PartnerNotIsolated";

    /// <summary>The DIS of a member other than the partner taken into account.</summary>
    public const string DisBeneficiaryPartnerOnly = "DisBeneficiaryPartnerOnly";

    /// <summary>A resource of someone outside the household of the calculation.</summary>
    public const string ResourceOfNoMember = "ResourceOfNoMember";

    /// <summary>The socio-professional exemption (art. 35) on another member's income.</summary>
    public const string EmploymentExemptionClaimantOnly = "EmploymentExemptionClaimantOnly";

    /// <summary>The socio-professional exemption (art. 35) on income that is not earned.</summary>
    public const string EmploymentExemptionEarnedIncomeOnly = "EmploymentExemptionEarnedIncomeOnly";

    /// <summary>A resource both exempt (art. 22) and carrying an employment exemption.</summary>
    public const string ExemptAndEmploymentExemption = "ExemptAndEmploymentExemption";

    /// <summary>A heating-allowance request dated before the delivery (the request, the delivery).</summary>
    public const string RequestBeforeDelivery = "RequestBeforeDelivery";

    /// <summary>A quantity that must be greater than zero.</summary>
    public const string NotPositive = "NotPositive";

    /// <summary>A status written as anything but one capital letter.</summary>
    public const string CapitalLetter = "CapitalLetter";

    /// <summary>Every code, for the test that each has its sentence in each language.</summary>

    public static IReadOnlyList<string> All { get; } =
    [
        Refused, Required, TooLong, UnknownValue, InFuture, ImplausibleDate, EndBeforeStart, NameCharacters, CountryCode,
        BelgianPostalCode, BirthDateContradictsNiss, BirthYearContradictsNiss, GenderContradictsNiss, AnswerRequired,
        ReasonRequired, FormAlreadyReceived, FormNotSendable, NotAnAnswer, AnswerBeforeReception, OneClaimant,
        ResourceOutsideHousehold, NegativeAmount, GrantTermsRequired, UnknownCapacityCode, IntegrationsOverlap,
        IntegrationExtendedBackwards, IntegrationNotExtendable, IntegrationNotExtended, IntegrationCancelled,
        DisintegrationTooLate, UnknownIntegration, IntegrationTooLong, ClosedBeforeOpened, UnknownMember, CaseClosed,
        MainPersonMissing, MainPersonRelation, OnlyMainPersonRelation, MemberTwice, TwoPartners, AlreadyRunByWorkflow,
        FormsBeforeDecision, NotSuspended, ResumptionBeforeSuspension, ResumptionAfterGrantEnd, DecisionBeforeReception,
        DecisionBeforePrevious, NoGrantInForce, MutationBeforeGrant, EffectiveDateRequired, NisCode,
        NisCodeOrEnterpriseNumber, EnterpriseNumber, EnterpriseNumberCheck, PartnerNotInHousehold, NotAHouseholdMember,
        GrantCategoryRequired, GrantAmountRequired, ModifiedGrantTermsRequired, TenantCode, NissInvalid, BirthDateFormat, NationalityCode, UnknownNiss, NoDefinitionInForce, RequestAlreadyOpen, NoFilingDetails,
        UnknownPerson, RegisterUnavailable, NoReferenceData, OnePartner, PersonListedTwice, Between, ShareOfMaintenanceDebtorOnly, PartnerNotIsolated, DisBeneficiaryPartnerOnly, ResourceOfNoMember, EmploymentExemptionClaimantOnly, EmploymentExemptionEarnedIncomeOnly, ExemptAndEmploymentExemption, RequestBeforeDelivery, NotPositive, CapitalLetter,
        PhoneNumber, NotWithdrawable, AlreadyInHousehold, ImplausibleAmount,
    ];
}
