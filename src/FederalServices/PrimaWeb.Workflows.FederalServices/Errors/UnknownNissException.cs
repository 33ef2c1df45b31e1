using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>The number is well formed but no register knows it (MSG00005).</summary>
public sealed class UnknownNissException(FederalService service, Niss? person)
    : FederalServiceException(service, $"{service.Name}: the NISS {person} does not exist (MSG00005).")
{
    public Niss? Person { get; } = person;
}
