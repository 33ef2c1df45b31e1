using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Reads an API request's JSON body once, as it arrives and before any endpoint binds it, and refuses at the first thing
/// outside <see cref="ApiLimits"/>: a body that is not well-formed JSON, nested too deep or too large (413); a list with
/// too many items; a text too long, carrying control or bidirectional-override characters, or HTML or Liquid markup;
/// a number no field can hold. The refusal is a 400 problem naming the JSON path of the field (<c>members[3].from</c>), so a client learns
/// what to fix, and it comes after reading at most the offending part: a list of 100,000 members stops at its 101st.
/// </summary>
internal sealed class JsonBodyGuard(RequestDelegate next)
{
    /// <summary>The name of the whole body when no field can be named.</summary>
    public const string BodyField = "body";

    private const int MaxPropertyNameLength = 200;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ReadsJsonBody(context))
        {
            await next(context);
            return;
        }

        // The body's announced length is not trusted nor refused up front: the scan stops reading at the limit, and a
        // list too long is better named (400 on members) than a body too large (413) when both are true.
        var request = context.Request;
        request.EnableBuffering(bufferThreshold: (int)ApiLimits.MaxBodyBytes);
        var (tooLarge, refusal) = await ScanAsync(request.Body, context.RequestAborted);
        if (tooLarge)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        if (refusal is not null)
        {
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
            await ApiProblems.Invalid(text, [refusal]).ExecuteAsync(context);
            return;
        }

        request.Body.Position = 0;
        await next(context);
    }

    /// <summary>A JSON path as System.Text.Json writes it (<c>$.members[0].from</c>) in the readers' spelling (<c>members[0].from</c>).</summary>
    public static string FieldOf(string? jsonPath)
    {
        var field = (jsonPath ?? string.Empty).TrimStart('$').TrimStart('.');
        return field.Length == 0 ? BodyField : field;
    }

    /// <summary>Only API endpoints that take a JSON body, and only when the client sends one as JSON (else the binder answers 415).</summary>
    private static bool ReadsJsonBody(HttpContext context) =>
        ApiFeature.IsApi(context.Request)
        && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null
        && context.Request.HasJsonContentType();

    /// <summary>Reads the body to its end, or to the first thing refused: a body too large, or a refusal naming the field.</summary>
    private static async Task<(bool TooLarge, Refusal? Refusal)> ScanAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var scan = new Scan();
            var length = 0;
            long total = 0;
            var final = false;
            while (true)
            {
                if (length == buffer.Length)
                {
                    // One token longer than the buffer (a long text): grow, within the body's limit.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                final = read == 0;
                length += read;
                total += read;
                if (total > ApiLimits.MaxBodyBytes)
                {
                    return (true, null);
                }

                if (total == 0)
                {
                    // No body at all: the binder says which one it needed.
                    return (false, null);
                }

                var consumed = scan.Read(buffer.AsSpan(0, length), final);
                if (scan.Refusal is not null || final)
                {
                    return (false, scan.Refusal);
                }

                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The walk over the tokens, resumed chunk after chunk, with the path of the value being read.</summary>
    private sealed class Scan
    {
        private readonly List<Frame> _frames = [];
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = ApiLimits.MaxDepth });

        public Refusal? Refusal { get; private set; }

        /// <summary>Reads every complete token of <paramref name="data"/>; returns how many bytes it used.</summary>
        public int Read(ReadOnlySpan<byte> data, bool final)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            try
            {
                while (Refusal is null && reader.Read())
                {
                    Visit(ref reader);
                }
            }
            catch (JsonException)
            {
                Refusal = new Refusal(
                    Path(), ApiErrorCodes.Json, $"The body is not well-formed JSON here (or nests deeper than {ApiLimits.MaxDepth} levels).", ApiLimits.MaxDepth);
            }
            catch (InvalidOperationException)
            {
                Refusal = new Refusal(Path(), ApiErrorCodes.Json, "This text is not valid Unicode.", ApiLimits.MaxDepth);
            }

            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        private void Visit(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    // Checked before it joins the path, so that a refused name is never echoed back.
                    var name = reader.GetString()!;
                    _frames[^1] = _frames[^1] with { Property = null };
                    CheckText(name, MaxPropertyNameLength);
                    _frames[^1] = _frames[^1] with { Property = name };
                    return;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _frames.RemoveAt(_frames.Count - 1);
                    return;
                default:
                    break;
            }

            if (!CountItem())
            {
                return;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    _frames.Add(new Frame(false, 0, null));
                    break;
                case JsonTokenType.StartArray:
                    _frames.Add(new Frame(true, 0, null));
                    break;
                case JsonTokenType.String:
                    CheckString(ref reader);
                    break;
                case JsonTokenType.Number when !reader.TryGetDecimal(out _):
                    Refusal = new Refusal(Path(), FormErrorCodes.Number, "This number is out of range.");
                    break;
                default:
                    break;
            }
        }

        // A value inside a list is one more item of it; the list is refused at the first item over the limit.
        private bool CountItem()
        {
            if (_frames.Count == 0 || !_frames[^1].IsArray)
            {
                return true;
            }

            var list = _frames[^1];
            if (list.Count == ApiLimits.MaxListItems)
            {
                Refusal = new Refusal(Path(_frames.Count - 1), FormErrorCodes.MaxItems, $"At most {ApiLimits.MaxListItems} items.", ApiLimits.MaxListItems);
                return false;
            }

            _frames[^1] = list with { Count = list.Count + 1 };
            return true;
        }

        private void CheckString(ref Utf8JsonReader reader)
        {
            // A text is at most four bytes per character: anything longer in bytes is too long before it is decoded.
            var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (!reader.ValueIsEscaped && bytes > ApiLimits.MaxTextLength * 4L)
            {
                Refusal = TooLong();
                return;
            }

            CheckText(reader.GetString()!, ApiLimits.MaxTextLength);
        }

        private void CheckText(string text, int maxLength)
        {
            if (text.Length > maxLength)
            {
                Refusal = TooLong(maxLength);
                return;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (IsRefusedCharacter(text[i]))
                {
                    var character = $"U+{(int)text[i]:X4}";
                    Refusal = new Refusal(Path(), ApiErrorCodes.InvisibleCharacter, $"This text contains the invisible character {character}; remove it.", character);
                    return;
                }

                if (StartsMarkup(text, i) is { } markup)
                {
                    Refusal = new Refusal(
                        Path(), ApiErrorCodes.Markup, $"Plain text only: '{markup}' starts {(markup[0] == '<' ? "HTML markup" : "a template expression")}; remove it.", markup);
                    return;
                }
            }
        }

        /// <summary>
        /// The start of an HTML tag, comment or declaration (<c>&lt;b</c>, <c>&lt;/</c>, <c>&lt;!</c>, <c>&lt;?</c>) or of
        /// a Liquid tag or expression (<c>{{</c>, <c>{%</c>): texts are stored and shown as plain text, and letters are
        /// rendered from templates, so neither belongs in what a user types. A lone <c>&lt;</c> (<c>revenus &lt; 1000</c>,
        /// <c>&lt;3</c>) stays allowed.
        /// </summary>
        private static string? StartsMarkup(string text, int index)
        {
            if (index + 1 >= text.Length)
            {
                return null;
            }

            var (c, next) = (text[index], text[index + 1]);
            return (c == '<' && (char.IsAsciiLetter(next) || next is '/' or '!' or '?')) || (c == '{' && next is '{' or '%')
                ? text.Substring(index, 2)
                : null;
        }

        private Refusal TooLong(int maxLength = ApiLimits.MaxTextLength) =>
            new(Path(), FormErrorCodes.MaxLength, $"At most {maxLength} characters.", maxLength);

        /// <summary>
        /// Control characters other than tab and line breaks, and the bidirectional embeddings, overrides and isolates that
        /// make a text read otherwise than it is stored (a name shown backwards, a reference disguised).
        /// </summary>
        private static bool IsRefusedCharacter(char c) =>
            (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            || c is >= '\u202A' and <= '\u202E'
            || c is >= '\u2066' and <= '\u2069';

        /// <summary>The path of the value being read, or of the first <paramref name="depth"/> levels (a list itself).</summary>
        private string Path(int? depth = null)
        {
            var path = new StringBuilder();
            var count = depth ?? _frames.Count;
            for (var i = 0; i < count; i++)
            {
                var frame = _frames[i];
                if (frame.IsArray)
                {
                    path.Append(frame.Count > 0 ? $"[{frame.Count - 1}]" : string.Empty);
                }
                else if (frame.Property is { } property)
                {
                    path.Append(path.Length == 0 ? string.Empty : ".").Append(property);
                }
            }

            return path.Length == 0 ? BodyField : path.ToString();
        }

        private readonly record struct Frame(bool IsArray, int Count, string? Property);
    }
}
