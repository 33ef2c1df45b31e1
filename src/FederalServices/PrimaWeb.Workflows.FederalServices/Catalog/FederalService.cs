namespace PrimaWeb.Workflows.FederalServices.Catalog;

/// <summary>One web service of the BCSS network, by its official name, and where the gateway posts it.</summary>
/// <param name="Name">The official name (e.g. <c>OCMWCPASIdentifyPerson</c>), or the project's label for the
/// investigation flows that the seed names by content only.</param>
/// <param name="Family">The route prefix: <c>bcss</c>, <c>flows</c>, <c>spp-is</c>, <c>heating</c>.</param>
/// <param name="Kind">Consultation or send.</param>
/// <param name="Description">What it does, in the seed's words.</param>
public sealed record FederalService(string Name, string Family, ServiceKind Kind, string Description)
{
    /// <summary>The relative path the request is posted to.</summary>
    public string Route => $"{Family}/{Name}";

    public override string ToString() => Name;
}
