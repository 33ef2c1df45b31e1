namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// What the council decided. A revision of a running grant is a new <see cref="Granted"/> decision with new terms;
/// the three mutations of a running grant are decisions of their own (docs/adr/0501-request-workflows.md).
/// </summary>
public enum DecisionOutcome
{
    Granted,
    Refused,

    /// <summary>The payment of a granted aid is suspended from a date (for a planned period or until resumed).</summary>
    Suspended,

    /// <summary>A granted aid is withdrawn from a date (retrait / intrekking). Final.</summary>
    Withdrawn,

    /// <summary>A suspended aid is paid again from a date, on the terms of the current grant.</summary>
    Resumed,
}
