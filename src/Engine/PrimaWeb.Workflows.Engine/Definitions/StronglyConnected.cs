namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>Tarjan's strongly connected components of a definition's graph: each loop is one component.</summary>
internal static class StronglyConnected
{
    public static List<List<string>> Components(WorkflowDefinition definition)
    {
        var successors = definition.Activities.ToDictionary(
            a => a.Id,
            a => definition.Connections.Where(c => c.From == a.Id).Select(c => c.To).Distinct(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        var counter = 0;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in successors[v])
            {
                if (!index.TryGetValue(w, out var wIndex))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (var id in successors.Keys)
        {
            if (!index.ContainsKey(id))
            {
                Visit(id);
            }
        }

        return result;
    }
}
