using Npgsql;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>
/// The external system: its own table, written on its own connection (outside any burst), one effect per idempotency
/// key and a count of the deliveries it received for it.
/// </summary>
public sealed class NoticeReceiver(NodeSettings settings, NodeName node) : IOutboxHandler
{
    public const string Type = "node.notice";

    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS node_effects (
          idempotency_key text PRIMARY KEY, first_node text NOT NULL, deliveries integer NOT NULL)
        """;

    public string MessageType => Type;

    public async Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO node_effects (idempotency_key, first_node, deliveries) VALUES (@key, @node, 1)
            ON CONFLICT (idempotency_key) DO UPDATE SET deliveries = node_effects.deliveries + 1
            """, connection);
        command.Parameters.AddWithValue("key", delivery.IdempotencyKey);
        command.Parameters.AddWithValue("node", node.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
