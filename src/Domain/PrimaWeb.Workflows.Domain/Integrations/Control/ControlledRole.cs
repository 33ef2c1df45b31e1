namespace PrimaWeb.Workflows.Domain.Integrations.Control;

/// <summary>Why a person is concerned by an integration check; named in the verdict's messages.</summary>
public enum ControlledRole
{
    ConsultedPerson,
    MainBeneficiary,
    Partner,

    /// <summary>A person listed in Loi 65 form A.</summary>
    FormAPerson,

    /// <summary>A secondary beneficiary of the heating allowance (a member of the household).</summary>
    SecondaryBeneficiary,
}
