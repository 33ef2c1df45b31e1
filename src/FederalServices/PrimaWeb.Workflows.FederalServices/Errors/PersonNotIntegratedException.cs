using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>
/// The receiver refused because the person is not (sufficiently) integrated for this CPAS (MSG00012, -300020,
/// -300030): the gateway's own control let it through but the BCSS register says otherwise. Prompt to integrate.
/// </summary>
public sealed class PersonNotIntegratedException(FederalService service, Niss? person, string code, string description)
    : FederalServiceException(service, $"{service.Name}: person {person} is not integrated for this CPAS ({code}: {description}).")
{
    public Niss? Person { get; } = person;

    public string Code { get; } = code;
}
