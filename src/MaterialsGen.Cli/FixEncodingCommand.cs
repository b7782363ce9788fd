using System.Text;
using MaterialsGen.Content.Hygiene;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen fix-encoding FILE [--write]</c>: converts lines pasted from old TCVN3 (ABC) or VNI
/// documents to Unicode. Without --write it only shows what it would change.
/// </summary>
internal static class FixEncodingCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? throw new UsageException("fix-encoding needs a FILE");
        _ = new Arguments(args.Where(a => a != file), [], ["--write"]);
        var write = args.Contains("--write");
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: error MG0605: file not found");
            return ExitCodes.InputError;
        }

        var lines = File.ReadAllLines(file, Encoding.UTF8);
        var changed = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (LegacyEncodingDetector.Detect(lines[i]) is { } found)
            {
                output.WriteLine($"{file}:{i + 1}: {found.Encoding}: {lines[i].Trim()} → {found.Converted.Trim()}");
                lines[i] = found.Converted;
                changed++;
            }
        }

        if (write && changed > 0)
        {
            var temporary = file + ".tmp";
            File.WriteAllLines(temporary, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, file, overwrite: true);
        }

        output.WriteLine(changed == 0
            ? "no legacy-encoded text found"
            : $"{changed} line{(changed == 1 ? string.Empty : "s")} {(write ? "converted" : "would be converted; run again with --write")}");
        return ExitCodes.Success;
    }
}
