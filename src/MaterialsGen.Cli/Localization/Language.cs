using System.Globalization;

namespace MaterialsGen.Cli.Localization;

/// <summary>
/// Which language the interface speaks: <c>--lang vi|en</c> when given, otherwise the system's, read the
/// way POSIX programs read it (LANGUAGE, LC_ALL, LC_MESSAGES, then LANG; <c>vi_VN.UTF-8</c> is Vietnamese),
/// and on systems without those variables the user's UI culture. Anything else is English.
/// </summary>
internal static class Language
{
    public const string English = "en";
    public const string Vietnamese = "vi";

    public static IReadOnlyList<string> Supported { get; } = [English, Vietnamese];

    private static readonly string[] Variables = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The language for these arguments and this environment; an unknown <c>--lang</c> value is left to the parser to refuse.</summary>
    public static string Detect(IReadOnlyList<string> args, Func<string, string?> environment, bool systemCulture)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (Flag(args) is { } flag)
        {
            return Supported.FirstOrDefault(l => l.Equals(flag, StringComparison.OrdinalIgnoreCase)) ?? English;
        }

        foreach (var variable in Variables)
        {
            // LANGUAGE is a list of preferences (vi:en); the first one decides.
            if (environment(variable) is { Length: > 0 } value && value.Split(':')[0] is { Length: > 0 } first && first != "C" && first != "POSIX")
            {
                return first.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? Vietnamese : English;
            }
        }

        return systemCulture && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Vietnamese ? Vietnamese : English;
    }

    /// <summary>The value of <c>--lang X</c> or <c>--lang=X</c>, read before parsing so that help and parse errors are already in that language.</summary>
    private static string? Flag(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return args[i]["--lang=".Length..];
            }
        }

        return null;
    }
}
