using System.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// A line every few seconds while <c>check</c> runs through many outputs (a mail merge of 100,000
/// records), so a long check shows it is moving and how far it has come; a quick one prints nothing.
/// </summary>
internal sealed class CheckProgress(int total, TextWriter output, Localization.Text text)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private TimeSpan _next = Every;
    private int _done;

    /// <summary>Counts one output checked; thread-safe.</summary>
    public void Done()
    {
        var done = Interlocked.Increment(ref _done);
        if (_clock.Elapsed < _next)
        {
            return;
        }

        lock (_gate)
        {
            if (_clock.Elapsed < _next)
            {
                return;
            }

            _next = _clock.Elapsed + Every;
            output.WriteLine(text.Format("CheckProgress", done, total, Math.Round(100.0 * done / total), Math.Round(_clock.Elapsed.TotalSeconds)));
            output.Flush();
        }
    }
}
