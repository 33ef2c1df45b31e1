using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Calculations.Ris;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>
/// How calculation answers are written: words (camelCase enum names) as in the requests, except the categories, which
/// keep their legal numbers (1, 2, 3). The same rule is applied to the OpenAPI schemas so the description matches.
/// </summary>
internal static class CalculationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new WordEnumConverter() },
    };

    public static bool IsWrittenAsWord(Type type) =>
        type.IsEnum
        && type.Namespace?.StartsWith("PrimaWeb.Workflows.Domain.Calculations", StringComparison.Ordinal) == true
        && type != typeof(RisCategory)
        && type != typeof(HeatingCategory);

    /// <summary>Describes the calculation enums written as words as string schemas listing their names.</summary>
    public static Task DescribeWordEnums(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (IsWrittenAsWord(type))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n))).ToList();
        }

        return Task.CompletedTask;
    }

    private sealed class WordEnumConverter : JsonConverterFactory
    {
        private readonly JsonStringEnumConverter words = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

        public override bool CanConvert(Type typeToConvert) => IsWrittenAsWord(typeToConvert);

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            words.CreateConverter(typeToConvert, options);
    }
}
