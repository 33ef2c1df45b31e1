using System.Diagnostics;
using System.Globalization;
using System.Text;
using PrimaWeb.Workflows.Engine.NodeHost;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>One node as a real OS process: <c>dotnet PrimaWeb.Workflows.Engine.NodeHost.dll</c>, copied beside the tests.</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static NodeProcess Start(string name, int instances, TimeSpan timeout, string connectionString)
    {
        var host = typeof(NodeWorkload).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        foreach (var argument in new[] { host, name, instances.ToString(CultureInfo.InvariantCulture), ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), connectionString })
        {
            start.ArgumentList.Add(argument);
        }

        var node = new NodeProcess(name, new Process { StartInfo = start });
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.Start();
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits for the process to exit; kills it (and only it) if it outlives <paramref name="limit"/>.</summary>
    public async Task WaitAsync(TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        // Drains the redirected streams.
        _process.WaitForExit();
    }

    public void Dispose() => _process.Dispose();

    // The SDK's test runner names the dotnet executable running it; a plain "dotnet" on the PATH otherwise.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
