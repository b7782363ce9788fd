using System.Globalization;
using System.Text.RegularExpressions;

namespace MaterialsGen.Build;

/// <summary>
/// The temporary files outputs are written through before the rename, named
/// <c>.NAME~PID-START-N.tmp</c>: short whatever the output's name (a file name has 255 bytes at most),
/// and naming the process that writes it, so a build removes only what a dead process left behind,
/// never the live temporaries of a watch or another build writing to the same folder.
/// </summary>
internal static partial class TemporaryFiles
{
    // Enough of the output's name to recognise it; the rest of the name stays unique by the counter.
    private const int NameChars = 40;
    private static long _counter;

    /// <summary>A new temporary path beside <paramref name="path"/>, owned by this process.</summary>
    public static string Beside(string path)
    {
        var name = Path.GetFileName(path);
        var shortName = name.Length <= NameChars ? name : name[..NameChars];
        var number = Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        return Path.Combine(Path.GetDirectoryName(path)!, $".{shortName}~{ProcessIdentity.Current}-{number}.tmp");
    }

    /// <summary>
    /// Deletes the temporaries of processes that no longer run (a killed build), in the folder and below;
    /// returns how many. A file that cannot be deleted (a read-only folder) is left.
    /// </summary>
    public static int RemoveStale(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp", SearchOption.AllDirectories))
        {
            if (Owner(Path.GetFileName(file)) is not { } owner || ProcessIdentity.IsRunning(owner.Pid, owner.Start))
            {
                continue;
            }

            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or a folder this build cannot change: its outputs will fail with a message.
            }
        }

        return removed;
    }

    /// <summary>The writing process a temporary's name records; null for a file that is not one of ours.</summary>
    internal static (int Pid, long? Start)? Owner(string fileName)
    {
        if (Current().Match(fileName) is { Success: true } current)
        {
            return (int.Parse(current.Groups[1].ValueSpan, CultureInfo.InvariantCulture), long.Parse(current.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
        }

        // Names earlier versions wrote, .NAME.PID.THREAD.tmp and .materialsgen-state.json.PID.tmp: no start time.
        return Earlier().Match(fileName) is { Success: true } earlier
            ? (int.Parse(earlier.Groups[1].ValueSpan, CultureInfo.InvariantCulture), null)
            : null;
    }

    [GeneratedRegex(@"^\..*~(\d{1,9})-(\d{1,19})-\d+\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Current();

    [GeneratedRegex(@"^\..*?\.(\d{1,9})(?:\.\d+)?\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();
}
