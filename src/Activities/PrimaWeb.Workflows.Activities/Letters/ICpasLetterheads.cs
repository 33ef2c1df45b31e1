namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The letterhead of each CPAS (name, address, labour court), which the domain does not keep; the host provides it.</summary>
public interface ICpasLetterheads
{
    Task<LetterCpas> ForAsync(string tenantId, CancellationToken cancellationToken = default);
}
