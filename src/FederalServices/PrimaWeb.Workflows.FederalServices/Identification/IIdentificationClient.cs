using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Calls;

namespace PrimaWeb.Workflows.FederalServices.Identification;

/// <summary>Finding a person (OCMWCPASIdentifyPerson) and creating a BIS number (ManagerPerson.createKSZCitizen).</summary>
public interface IIdentificationClient
{
    Task<IdentifyPersonAnswer> IdentifyAsync(FederalCallContext context, IdentifyPersonRequest request, CancellationToken cancellationToken = default);

    Task<IdentifyPersonAnswer> IdentifyBySsinAsync(FederalCallContext context, Niss ssin, CancellationToken cancellationToken = default);

    Task<IdentifyPersonAnswer> SearchPhoneticAsync(FederalCallContext context, PhoneticCriteria criteria, CancellationToken cancellationToken = default);

    Task<CreateKszCitizenAnswer> CreateBisAsync(FederalCallContext context, CreateKszCitizenRequest request, CancellationToken cancellationToken = default);
}
