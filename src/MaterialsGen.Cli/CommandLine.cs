namespace MaterialsGen.Cli;

/// <summary>Dispatches the command and turns every failure into one line and an exit code, never a stack trace.</summary>
internal static class CommandLine
{
    private const string Usage = """
        usage: materialsgen <command> [options]
          build     [--project DIR] [--out DIR] [--jobs N] [--force] [--only PATTERN] [--shard K/N]
                    [--clean] [--fail-fast] [--manifest-out FILE] [--quiet]   build what changed
          render    --template NAME --data FILE [--data FILE…] -o OUT [--size WxH] [--dpi N] [--project DIR]
                    [--pdf-standard a-2b,ua-1]                one output, without the manifest
          templates [--json] [--project DIR]                 list the templates
          check     [--project DIR]                           validate content, templates and fonts; write nothing
          watch     [--project DIR] [--out DIR] [--jobs N] [--only PATTERN]   rebuild on every save
          fix-encoding FILE [--write]                         convert TCVN3/VNI text pasted from old documents
          explain   CODE                                      what a diagnostic code (MG0301) means and how to fix it
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = args.Contains("--verbose");
        var rest = args.Where(a => a != "--verbose").ToArray();
        try
        {
            return rest.FirstOrDefault() switch
            {
                "build" => BuildCommand.Run(rest.Skip(1), output, error),
                "render" => RenderCommand.Run(rest.Skip(1), output, error),
                "templates" => TemplatesCommand.Run(rest.Skip(1), output),
                "check" => CheckCommand.Run(rest.Skip(1), output, error),
                "watch" => WatchCommand.Run(rest.Skip(1), output, error),
                "fix-encoding" => FixEncodingCommand.Run(rest.Skip(1).ToList(), output, error),
                "explain" => ExplainCommand.Run([.. rest.Skip(1)], output, error),
                "--help" or "-h" or "help" => Help(output),
                null => throw new UsageException("no command given"),
                var other => throw new UsageException($"unknown command '{other}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"materialsgen: {e.Message}");
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes one line asking for a report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Report(e, error, verbose);
        }
    }

    /// <summary>
    /// One line for an exception that ended a command: MG0900 and exit 1 for a file system failure, an
    /// internal error and exit 3 for anything else (a bug).
    /// </summary>
    internal static int Report(Exception e, TextWriter error, bool verbose)
    {
        if (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"materialsgen: error MG0900: {e.Message}");
            return ExitCodes.InputError;
        }

        error.WriteLine($"materialsgen: internal error: {e.GetType().Name}: {e.Message} (please report this; run with --verbose for details)");
        if (verbose)
        {
            error.WriteLine(e.ToString());
        }

        return ExitCodes.InternalError;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }
}
