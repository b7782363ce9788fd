using System.Diagnostics;
using System.Globalization;

namespace MaterialsGen.Cli;

/// <summary>
/// A line every few seconds while <c>check</c> runs through many outputs (a mail merge of 100,000
/// records), so a long check shows it is moving and how far it has come; a quick one prints nothing.
/// </summary>
internal sealed class CheckProgress(int total, TextWriter output)
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
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checking: {done:N0} of {total:N0} outputs ({100.0 * done / total:0} %), {_clock.Elapsed.TotalSeconds:0} s"));
            output.Flush();
        }
    }
}
