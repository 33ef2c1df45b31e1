using PrimaWeb.Workflows.Designer.Contract;

namespace PrimaWeb.Workflows.Designer.Tests;

/// <summary>Descriptors as the host answers them, with only what a test looks at.</summary>
internal static class Descriptors
{
    public static ActivityDescriptorDto Of(string type, int version, string category, LocalizedTextDto name) =>
        new(type, version, category, type, name, new LocalizedTextDto(null, null, null, null), [], ["Done"], [], false, false, 1, [], []);
}
