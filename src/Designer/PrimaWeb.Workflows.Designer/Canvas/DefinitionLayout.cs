namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>
/// Places a definition's activities so that it reads without moving a node: layers from the start downwards (an
/// activity one layer below the lowest activity leading to it, loops ignored), each layer ordered to keep connected
/// activities above one another (barycentres, a few sweeps), on a grid wide enough that no two nodes overlap.
/// </summary>
public static class DefinitionLayout
{
    public const double NodeWidth = 220;
    public const double NodeHeight = 64;
    public const double ColumnGap = 40;
    public const double RowGap = 56;

    /// <summary>The top-left corner of each activity, in canvas units.</summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> Compute(IReadOnlyList<string> activities, IReadOnlyList<(string From, string To)> connections)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(connections);
        var known = activities.ToHashSet(StringComparer.Ordinal);
        var edges = connections.Where(c => known.Contains(c.From) && known.Contains(c.To) && c.From != c.To).Distinct().ToList();
        var forward = Forward(activities, edges);
        var layer = Layers(activities, forward);
        var rows = activities.GroupBy(a => layer[a]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        Order(rows, forward);

        var widest = rows.Max(r => r.Count);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var offset = (widest - rows[r].Count) * (NodeWidth + ColumnGap) / 2;
            for (var c = 0; c < rows[r].Count; c++)
            {
                positions[rows[r][c]] = (offset + (c * (NodeWidth + ColumnGap)), r * (NodeHeight + RowGap));
            }
        }

        return positions;
    }

    /// <summary>The edges of a depth-first walk from the roots that do not close a loop.</summary>
    private static Dictionary<string, List<string>> Forward(IReadOnlyList<string> activities, List<(string From, string To)> edges)
    {
        var next = activities.ToDictionary(a => a, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            next[from].Add(to);
        }

        var incoming = edges.Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var roots = activities.Where(a => !incoming.Contains(a)).Concat(activities).Distinct().ToList();
        var forward = activities.ToDictionary(a => a, _ => new List<string>(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var root in roots.Where(r => !state.ContainsKey(r)))
        {
            var stack = new Stack<(string Node, int Index)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, index) = stack.Pop();
                if (index < next[node].Count)
                {
                    stack.Push((node, index + 1));
                    var target = next[node][index];
                    if (!state.TryGetValue(target, out var seen))
                    {
                        forward[node].Add(target);
                        state[target] = 1;
                        stack.Push((target, 0));
                    }
                    else if (seen == 2)
                    {
                        forward[node].Add(target);
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }

        return forward;
    }

    private static Dictionary<string, int> Layers(IReadOnlyList<string> activities, Dictionary<string, List<string>> forward)
    {
        var indegree = activities.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        foreach (var target in forward.Values.SelectMany(t => t))
        {
            indegree[target]++;
        }

        var layer = activities.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        var ready = new Queue<string>(activities.Where(a => indegree[a] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var target in forward[node])
            {
                layer[target] = Math.Max(layer[target], layer[node] + 1);
                if (--indegree[target] == 0)
                {
                    ready.Enqueue(target);
                }
            }
        }

        return layer;
    }

    private static void Order(List<List<string>> rows, Dictionary<string, List<string>> forward)
    {
        var parents = rows.SelectMany(r => r).ToDictionary(a => a, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, targets) in forward)
        {
            foreach (var target in targets)
            {
                parents[target].Add(from);
            }
        }

        for (var sweep = 0; sweep < 4; sweep++)
        {
            for (var r = 1; r < rows.Count; r++)
            {
                var above = rows[r - 1].Select((a, i) => (a, i)).ToDictionary(p => p.a, p => (double)p.i, StringComparer.Ordinal);
                var current = rows[r];
                var centre = current.ToDictionary(
                    a => a,
                    a => parents[a].Where(above.ContainsKey).Select(p => above[p]).DefaultIfEmpty(current.IndexOf(a)).Average(),
                    StringComparer.Ordinal);
                rows[r] = [.. current.OrderBy(a => centre[a]).ThenBy(current.IndexOf)];
            }
        }
    }
}
