namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>Which rule of "Contrôle des intégrations" (seed; bcss-integrations.md §3) applies to a call.</summary>
public enum IntegrationRule
{
    /// <summary>No person is consulted (identification, BIS creation, integration itself, employer directory, feeds).</summary>
    None,

    /// <summary>Every consulted person integrated on the consultation day (and, with a period, one day in common).</summary>
    Consultation,

    /// <summary>DIS forms: main beneficiary and partner integrated on the effective date and on the sending day.</summary>
    DisForm,

    /// <summary>Loi 65 forms: every person of form A integrated on form A's effective date and on the sending day.</summary>
    Loi65Form,

    /// <summary>Heating: main and secondary beneficiaries integrated on the sending day and one day of the heating period.</summary>
    HeatingAllowance,
}
