namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>
/// The answers already given to sends, by CPAS, service and idempotency key: a resent send gets the first answer and
/// records nothing new, as a receiver honouring the key would.
/// </summary>
internal sealed class IdempotencyStore
{
    private readonly Dictionary<(string Cpas, string Service, string Key), string> _answers = [];

    public bool TryGet(string cpas, string service, string key, out string body) =>
        _answers.TryGetValue((cpas, service, key), out body!);

    public void Store(string cpas, string service, string key, string body) => _answers[(cpas, service, key)] = body;
}
