using System.Diagnostics;
using System.Globalization;

namespace MaterialsGen.Build;

/// <summary>
/// A running process told apart from a later one that reuses its id: the id with the process's start
/// time. On Linux the start comes from <c>/proc/PID/stat</c> (clock ticks since boot, exact); elsewhere
/// from the process API.
/// </summary>
internal static class ProcessIdentity
{
    /// <summary>This process, as <c>PID-START</c>.</summary>
    public static string Current { get; } = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + (StartOf(Environment.ProcessId) ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <summary>The start mark of process <paramref name="pid"/>, or null when no such process runs.</summary>
    public static long? StartOf(int pid)
    {
        if (pid <= 0)
        {
            return null;
        }

        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // Field 22, counted after the command name, which is in parentheses and may hold spaces.
                var text = File.ReadAllText(stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Whether the process a <see cref="Current"/>-style mark names is still the one running.</summary>
    public static bool IsRunning(int pid, long? start) => StartOf(pid) is { } running && (start is null || running == start);
}
