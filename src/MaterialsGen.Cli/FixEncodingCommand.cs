using System.CommandLine;
using System.Text;
using MaterialsGen.Content.Hygiene;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen fix-encoding FILE [--write]</c>: converts lines pasted from old TCVN3 (ABC) or VNI
/// documents to Unicode. Without --write it only shows what it would change.
/// </summary>
internal static class FixEncodingCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = cli.Text["ArgFixFile"] };
        var write = new Option<bool>("--write", "-w") { Description = cli.Text["OptWrite"] };
        var command = new Command("fix-encoding", cli.Text["CmdFixEncoding"]) { file, write };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(write), cli));
        return command;
    }

    private static int Run(string file, bool write, CliContext cli)
    {
        var text = cli.Text;
        if (!File.Exists(file))
        {
            cli.Print(Diagnostic.Error("MG0605", text["FileNotFound"], SourceSpan.FileOnly(file)));
            return ExitCodes.InputError;
        }

        var lines = File.ReadAllLines(file, Encoding.UTF8);
        var changed = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (LegacyEncodingDetector.Detect(lines[i]) is { } found)
            {
                cli.Out.WriteLine($"{file}:{i + 1}: {found.Encoding}: {lines[i].Trim()} → {found.Converted.Trim()}");
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

        cli.Out.WriteLine(changed == 0
            ? text["NoLegacyText"]
            : write ? text.Format("LinesConverted", changed, Lines(changed, text)) : text.Format("LinesWouldConvert", changed, Lines(changed, text)));
        return ExitCodes.Success;
    }

    private static string Lines(int count, Localization.Text text) => count == 1 ? text["OneLine"] : text.Format("ManyLines", count);
}
