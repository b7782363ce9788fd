using MaterialsGen.Build;
using Spectre.Console;

namespace MaterialsGen.Cli;

/// <summary>A live progress bar (counts, elapsed, ETA) for builds run at a terminal; lines still print above it.</summary>
internal static class BuildProgress
{
    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static IReadOnlyList<OutputResult> Run(int total, Localization.Text text, Func<Action<OutputResult, Action<OutputResult>>, IReadOnlyList<OutputResult>> build)
    {
        IReadOnlyList<OutputResult> results = [];
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(text.Format("Building", total), maxValue: Math.Max(1, total));
                results = build((result, print) =>
                {
                    // Up-to-date outputs are counted but not printed, as in plain mode.
                    print(result);
                    task.Increment(1);
                    task.Description = text.Format("Progress", task.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture), total);
                });
            });
        return results;
    }
}
