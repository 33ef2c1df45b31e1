namespace PrimaWeb.Workflows.Domain.Identity;

/// <summary>Which register gave the number.</summary>
public enum NissKind
{
    /// <summary>National Register number (RN / RR).</summary>
    NationalRegister,

    /// <summary>BIS number given by the BCSS, sex known (month + 40).</summary>
    BisSexKnown,

    /// <summary>BIS number given by the BCSS, sex unknown (month + 20).</summary>
    BisSexUnknown,
}
