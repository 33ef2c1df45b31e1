using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Requests;

public class OpenRequestsTests
{
    private static readonly DateOnly Today = D(27, 11, 2026);
    private static readonly Guid CaseId = Guid.NewGuid();

    [Fact]
    public void EnsureNoneOpen_ARequestOfTheTypeInProgress_IsRefusedNamingIt()
    {
        var open = new Request(Tenant, CaseId, RequestType.Dis, D(20, 11, 2026), Today);

        var error = Should.Throw<DomainValidationException>(() => OpenRequests.EnsureNoneOpen([open], RequestType.Dis));

        (error.Field, error.Code).ShouldBe(("Type", RuleCodes.RequestAlreadyOpen));
        error.Arguments.ShouldBe([RequestType.Dis, D(20, 11, 2026), open.Id, RequestStatus.Received]);
    }

    [Fact]
    public void EnsureNoneOpen_AnotherTypeOrAWithdrawnRequest_LetsTheNewOneBeFiled()
    {
        var equivalent = new Request(Tenant, CaseId, RequestType.EquivalentRis, D(20, 11, 2026), Today);
        var withdrawn = new Request(Tenant, CaseId, RequestType.Dis, D(1, 10, 2026), Today);
        withdrawn.Withdraw();

        Should.NotThrow(() => OpenRequests.EnsureNoneOpen([equivalent, withdrawn], RequestType.Dis));
    }
}
