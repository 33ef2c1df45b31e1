namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Default <see cref="IActivityRegistry"/>, built once from the registrations.</summary>
public sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<(string Type, int Version), ActivityDescriptor> _byKey;
    private readonly List<ActivityDescriptor> _sorted;

    public ActivityRegistry(IEnumerable<ActivityRegistration> registrations)
    {
        _byKey = [];
        foreach (var registration in registrations)
        {
            var key = (registration.Descriptor.Type, registration.Descriptor.Version);
            if (_byKey.TryGetValue(key, out var existing) && existing.ClrType != registration.Descriptor.ClrType)
            {
                throw new InvalidOperationException(
                    $"Activity type {key.Type} v{key.Version} is registered twice ({existing.ClrType} and {registration.Descriptor.ClrType}).");
            }

            _byKey[key] = registration.Descriptor;
        }

        _sorted = [.. _byKey.Values
            .OrderBy(d => d.Category, StringComparer.Ordinal)
            .ThenBy(d => d.Type, StringComparer.Ordinal)
            .ThenBy(d => d.Version)];
    }

    public IReadOnlyList<ActivityDescriptor> List() => _sorted;

    public ActivityDescriptor? Find(string type, int version) => _byKey.GetValueOrDefault((type, version));
}
