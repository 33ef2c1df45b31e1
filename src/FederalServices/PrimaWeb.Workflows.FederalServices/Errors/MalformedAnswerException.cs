using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>The receiver answered but the body is not the documented shape; never retried (it would answer the same).</summary>
public sealed class MalformedAnswerException(FederalService service, string reason, Exception? inner = null)
    : FederalServiceException(service, $"{service.Name} returned a malformed answer: {reason}", inner);
