namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>RIS category (art. 14 §1 DIS law of 26 May 2002). The numbers are the legal ones.</summary>
public enum RisCategory
{
    /// <summary>Cat. 1: person who cohabits with one or more persons.</summary>
    Cohabitant = 1,

    /// <summary>Cat. 2: person living alone (homeless persons with a PIIS are placed here).</summary>
    Isolated = 2,

    /// <summary>Cat. 3: person living with a dependent family (at least one unmarried minor child).</summary>
    FamilyWithDependants = 3,
}
