using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASWet65Loi65C: end of a Loi 65 decision (XSD Decisionnature 1 char, CancellationReason 2 chars).</summary>
public sealed record Loi65CRequest(string FileNumber, Niss SSIN, DateOnly EffectiveDate, string Decisionnature, string CancellationReason);
