namespace PrimaWeb.Workflows.FederalServices.Catalog;

/// <summary>Whether a web service only reads (safe to repeat) or records something at the receiver.</summary>
public enum ServiceKind
{
    /// <summary>Reads data: repeating it changes nothing, so the gateway retries it on transient faults.</summary>
    Consultation,

    /// <summary>Records something (form, integration, BIS number): carries an idempotency key.</summary>
    Send,
}
