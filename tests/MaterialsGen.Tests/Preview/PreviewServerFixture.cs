using System.Net.Sockets;
using System.Text;
using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

/// <summary>One preview server over a throw-away copy of the sample project, shared by a test class.</summary>
public sealed class PreviewServerFixture : IAsyncLifetime, IDisposable
{
    private readonly SampleProject _project = new();

    internal PreviewServer Server { get; private set; } = null!;

    public string Root => _project.Root;

    public int Port => Server.Port;

    public string Url => Server.Url;

    public async Task InitializeAsync() => Server = await PreviewServer.StartAsync(_project.Root, 0);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _project.Dispose();
    }

    public void Dispose() => _project.Dispose();

    public string Data(string name) => Path.Combine(Root, "data", name);

    /// <summary>
    /// Sends one request exactly as written (HttpClient would normalise dots and escapes in the target),
    /// and returns the status code and the body.
    /// </summary>
    public async Task<(int Status, string Head, string Body)> RawGetAsync(string target, string? host = null, string method = "GET", string extraHeaders = "")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{Port}"}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? response : response[..split];
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, split < 0 ? string.Empty : response[(split + 4)..]);
    }

    /// <summary>
    /// Waits until no view has been laid out for a while: one save raises several file events, and a test
    /// that counts rebuilds must not see the tail of the previous test's saves.
    /// </summary>
    public async Task QuietAsync()
    {
        var last = Server.Session.LatestVersion;
        var quietSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow - quietSince < TimeSpan.FromMilliseconds(700) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            if (Server.Session.LatestVersion != last)
            {
                last = Server.Session.LatestVersion;
                quietSince = DateTime.UtcNow;
            }
        }
    }

    /// <summary>Waits for a condition the server reaches after a save (the watcher, then a layout).</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}
