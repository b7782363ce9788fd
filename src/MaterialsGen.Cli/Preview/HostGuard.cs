using System.Globalization;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// The preview answers only requests addressed to it by a loopback name and its own port. A web page
/// elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding) and then read the server as its
/// own origin; such requests carry that name in their Host header and are refused here.
/// </summary>
internal static class HostGuard
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>True when <paramref name="host"/> is exactly <c>NAME:PORT</c> with a loopback name and this server's port.</summary>
    public static bool IsAllowed(string? host, int port)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        var colon = host.LastIndexOf(':');
        if (colon <= 0 || (host[0] == '[' && host[colon - 1] != ']'))
        {
            // No port: browsers always send it for a non-default port, and ours is never 80.
            return false;
        }

        var name = host[..colon];
        var portText = host[(colon + 1)..];
        return LoopbackNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            && portText.Length is > 0 and <= 5
            && portText.All(char.IsAsciiDigit)
            && int.Parse(portText, NumberStyles.None, CultureInfo.InvariantCulture) == port;
    }
}
