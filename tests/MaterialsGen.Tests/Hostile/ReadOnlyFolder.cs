using System.Diagnostics;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// Makes a folder refuse new files for as long as it is held: by its mode bits, or, when the tests run
/// as root (which mode bits do not stop), by the immutable attribute. Fails the test when neither takes
/// hold, rather than passing without a read-only folder.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    public ReadOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("read-only folders are made with Unix modes and chattr");
        }

        _path = path;
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        if (!Refuses(path))
        {
            _immutable = Run("chattr", "+i", path);
        }

        Assert.True(Refuses(path), $"could not make {path} read-only (neither mode bits nor chattr +i)");
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (_immutable)
        {
            Run("chattr", "-i", _path);
        }

        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static bool Refuses(string path)
    {
        var probe = Path.Combine(path, ".probe");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static bool Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
