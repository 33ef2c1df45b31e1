using System.Globalization;
using PrimaWeb.Workflows.Engine.NodeHost;

// Usage: PrimaWeb.Workflows.Engine.NodeHost <node name> <instances> <timeout seconds> <connection string>
// Exit codes: 0 the workload finished, 1 bad arguments, 2 timed out.
if (args.Length != 4)
{
    Console.Error.WriteLine("Usage: PrimaWeb.Workflows.Engine.NodeHost <node> <instances> <timeout seconds> <connection string>");
    return 1;
}

var settings = new NodeSettings(args[3], int.Parse(args[1], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(int.Parse(args[2], CultureInfo.InvariantCulture)));
return await NodeWorkload.RunAsync(new NodeName(args[0]), settings) ? 0 : 2;
