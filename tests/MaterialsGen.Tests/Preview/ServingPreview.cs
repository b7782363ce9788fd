using System.Text.RegularExpressions;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Cli.Preview;

namespace MaterialsGen.Tests.Preview;

/// <summary>
/// <c>materialsgen preview</c> run on a background task until disposed, the way a user runs it: tests read
/// what it printed and the address it printed, then stop it and check it exited cleanly.
/// </summary>
internal sealed partial class ServingPreview : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly TextWriter _synced;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _serving;

    private ServingPreview(string root, Text? text)
    {
        _synced = TextWriter.Synchronized(_output);
        _serving = Task.Run(() => PreviewCommand.Serve(["--project", root, "--port", "0"], _synced, TextWriter.Null, _stop.Token, text));
    }

    /// <summary>Everything printed so far; the synchronised writer locks itself while it writes.</summary>
    public string Printed
    {
        get
        {
            lock (_synced)
            {
                return _output.ToString();
            }
        }
    }

    public string Url => Address().Match(Printed).Value;

    /// <summary>Starts serving <paramref name="root"/> on a free port and returns once the address is printed.</summary>
    public static async Task<ServingPreview> StartAsync(string root, Text? text = null)
    {
        var preview = new ServingPreview(root, text);
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Address().IsMatch(preview.Printed)), preview.Printed);
        return preview;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Assert.Equal(0, await _serving.WaitAsync(TimeSpan.FromSeconds(30)));
        _stop.Dispose();
        _output.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
