using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>
/// The request breaks a rule of the message (e.g. B-15 REGISTER without Purpose, B-18 Maximum above 80): raised by the
/// gateway before sending, or by the receiver. Names every refused field by its XSD element name.
/// </summary>
public sealed class InvalidFederalRequestException(FederalService service, IReadOnlyList<ReplyDetail> fields)
    : FederalServiceException(service, $"{service.Name}: invalid request: {string.Join("; ", fields.Select(f => $"{f.Field}: {f.Message}"))}")
{
    public IReadOnlyList<ReplyDetail> Fields { get; } = fields;
}
