namespace PrimaWeb.Workflows.Domain.Calculations.Aid;

/// <summary>Whether a kind of other aid is attested to the BCSS network by an A036 (reference data <c>otherAid.kinds</c>).</summary>
public enum OtherAidA036
{
    /// <summary>The aid is a one-off or in kind: no attestation.</summary>
    NotNeeded,

    /// <summary>The aid is a periodic financial aid that other institutions must know of: an A036 attests its period.</summary>
    Needed,
}
