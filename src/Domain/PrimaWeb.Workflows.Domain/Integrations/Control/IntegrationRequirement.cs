namespace PrimaWeb.Workflows.Domain.Integrations.Control;

/// <summary>Which integration a control rule found missing.</summary>
public enum IntegrationRequirement
{
    /// <summary>The person has no integration at all with the CPAS (code 1 is the minimum for any flow).</summary>
    AnyIntegration,

    /// <summary>Integrated on the day of the consultation.</summary>
    OnConsultationDay,

    /// <summary>Integrated on at least one day of the consulted period.</summary>
    DuringConsultedPeriod,

    /// <summary>Integrated on the form's effective date.</summary>
    OnEffectiveDate,

    /// <summary>Integrated on the day the form or the allowance is sent.</summary>
    OnSendingDay,

    /// <summary>Integrated on at least one day of the heating period.</summary>
    DuringHeatingPeriod,
}
