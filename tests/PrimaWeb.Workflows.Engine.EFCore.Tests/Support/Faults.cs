using System.Collections.Concurrent;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Failures waiting to happen, by activity id.</summary>
public sealed class Faults
{
    private readonly ConcurrentDictionary<string, int> _left = new();

    public void Arm(string activityId, int count) => _left[activityId] = count;

    public bool TakeOne(string activityId)
    {
        var left = _left.GetValueOrDefault(activityId);
        if (left <= 0)
        {
            return false;
        }

        _left[activityId] = left - 1;
        return true;
    }
}
