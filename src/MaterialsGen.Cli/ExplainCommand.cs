using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen explain MG0301</c>: what a diagnostic code means and how to fix it.</summary>
internal static class ExplainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1)
        {
            throw new UsageException("explain takes one code, such as MG0301");
        }

        if (DiagnosticCatalogue.Find(args[0]) is not { } code)
        {
            error.WriteLine($"materialsgen: '{args[0]}' is not a MaterialsGen code{NearestName.Suggest(args[0].ToUpperInvariant(), DiagnosticCatalogue.All.Select(c => c.Code))}");
            return ExitCodes.Usage;
        }

        output.WriteLine(code.ToString());
        return ExitCodes.Success;
    }
}
