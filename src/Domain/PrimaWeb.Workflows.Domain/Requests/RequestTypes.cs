namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>The request types that share a legal regime, named once for the workflows, the jobs and the dashboard.</summary>
public static class RequestTypes
{
    /// <summary>Aids the State reimburses under the law of 2 April 1965: forms A, B1, C and D1 (loi65.md).</summary>
    public static IReadOnlyList<RequestType> Loi65 { get; } = [RequestType.EquivalentRis, RequestType.Loi65];

    /// <summary>Aids on the RIS scale (category, monthly amount): recalculated when new RIS amounts take effect.</summary>
    public static IReadOnlyList<RequestType> RisScale { get; } = [RequestType.Dis, RequestType.EquivalentRis];

    /// <summary>Aids the A036 attests to the BCSS network: the RIS and what is equivalent to it.</summary>
    public static IReadOnlyList<RequestType> AttestedByA036 { get; } = [RequestType.Dis, RequestType.EquivalentRis, RequestType.Loi65];

    public static bool IsLoi65(RequestType type) => Loi65.Contains(type);
}
