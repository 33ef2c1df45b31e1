namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// The synchronous answer to a form: received, with the id under which the SPP-IS answer will be listed later by
/// OCMWCPASListOfAttestation. A resend with the same idempotency key returns the same receipt.
/// </summary>
public sealed record FormReceipt(string FormId, string Service, DateTimeOffset ReceivedAt);
