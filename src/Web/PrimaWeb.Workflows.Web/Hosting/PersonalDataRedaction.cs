using System.Diagnostics;
using OpenTelemetry;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Keeps people out of the spans before any exporter sees them: a path may carry a NISS (<c>/api/persons/{niss}/audit</c>)
/// and a query a name, so a request's path becomes its route template and its query goes; a status description, which
/// instrumentations fill with an exception's message, goes too (the error's type stays).
/// </summary>
internal sealed class PersonalDataRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.GetTagItem("url.path") is not null)
        {
            data.SetTag("url.path", data.GetTagItem("http.route") as string);
        }

        data.SetTag("url.query", null);
        if (data.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var url))
        {
            data.SetTag("url.full", url.GetLeftPart(UriPartial.Path));
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }
}
