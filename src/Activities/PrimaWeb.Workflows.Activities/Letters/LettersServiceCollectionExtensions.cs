using Microsoft.Extensions.DependencyInjection;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>Registration of the notification letters.</summary>
public static class LettersServiceCollectionExtensions
{
    /// <summary>
    /// Reads and validates every template under <paramref name="folder"/> (the host passes definitions/letters) now,
    /// so that a broken template fails the start-up, and registers <see cref="LetterRenderer"/> and
    /// <see cref="LetterTemplates"/> as singletons.
    /// </summary>
    public static IServiceCollection AddLetterTemplates(this IServiceCollection services, string folder)
    {
        var renderer = new LetterRenderer();
        var templates = new LetterTemplateLoader(renderer).Load(folder);
        services.AddSingleton(renderer);
        services.AddSingleton(templates);
        return services;
    }
}
