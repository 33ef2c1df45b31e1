using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>Any other refusal by the receiver (e.g. MSG00013 legal context not allowed), with its code.</summary>
public sealed class FederalServiceRefusedException(FederalService service, string code, string description)
    : FederalServiceException(service, $"{service.Name} refused the request ({code}: {description}).")
{
    public string Code { get; } = code;
}
