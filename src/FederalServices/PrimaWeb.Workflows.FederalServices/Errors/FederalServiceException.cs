using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>Base of every error the gateway raises; the caller catches the subtypes it can act on.</summary>
public abstract class FederalServiceException(FederalService service, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public FederalService Service { get; } = service;
}
