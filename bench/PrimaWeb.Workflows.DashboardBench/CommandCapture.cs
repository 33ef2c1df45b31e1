using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>The queries a measured call sends, with their parameters, so that the bench can ask the database for their plans.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public bool Recording { get; set; }

    public IReadOnlyList<CapturedCommand> TakeAll()
    {
        lock (_commands)
        {
            var all = _commands.ToList();
            _commands.Clear();
            return all;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>().Select(p => new CapturedParameter(p.ParameterName, p.Value, p.DbType)).ToList();
        lock (_commands)
        {
            _commands.Add(new CapturedCommand(command.CommandText, parameters));
        }
    }
}

internal sealed record CapturedCommand(string Text, IReadOnlyList<CapturedParameter> Parameters);

internal sealed record CapturedParameter(string Name, object? Value, DbType Type);
