using System.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// A line every few seconds while <c>check</c> runs through many outputs (a mail merge of 100,000
/// records), so a long check shows it is moving and how far it has come; a quick one prints nothing.
/// </summary>
internal sealed class CheckProgress(int total, TextWriter output, Localization.Text text, Func<TimeSpan>? elapsed = null)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    // The tests pass their own clock: a progress line is about elapsed time, which a test must not wait for.
    private readonly Func<TimeSpan> _elapsed = elapsed ?? StartClock();
    private readonly object _gate = new();
    private TimeSpan _next = Every;
    private int _done;

    /// <summary>Counts one output checked; thread-safe.</summary>
    public void Done()
    {
        var done = Interlocked.Increment(ref _done);
        if (_elapsed() < _next)
        {
            return;
        }

        lock (_gate)
        {
            if (_elapsed() < _next)
            {
                return;
            }

            var now = _elapsed();
            _next = now + Every;
            output.WriteLine(text.Format("CheckProgress", done, total, Math.Round(100.0 * done / total), Math.Round(now.TotalSeconds)));
            output.Flush();
        }
    }

    private static Func<TimeSpan> StartClock()
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed;
    }
}
