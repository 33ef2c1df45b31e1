using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation du Registre d'Attente": the asylum procedure of a person in the Waiting Register.</summary>
public sealed record WaitingRegisterRequest(Niss SSIN);

public sealed record WaitingRegisterAnswer(Niss SSIN, IReadOnlyList<AsylumProcedure> Procedures);

/// <summary>A procedure: application date, type, current status, decision date and reception place code.</summary>
public sealed record AsylumProcedure(DateOnly ApplicationDate, string ProcedureType, string Status, DateOnly? DecisionDate, string? ReceptionCode);
