using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

public sealed class PreviewCommandTests
{
    [Fact]
    public void The_default_port_is_the_one_the_readme_documents()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains($"serves a live preview at `http://127.0.0.1:{PreviewServer.DefaultPort}/` (the default port", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_prints_its_url_serves_it_and_stops_on_request()
    {
        using var project = new SampleProject();
        await using var preview = await ServingPreview.StartAsync(project.Root);
        var url = preview.Url;
        using var http = new HttpClient();
        Assert.Contains("data-page=\"index\"", await http.GetStringAsync(url), StringComparison.Ordinal);

        // A second preview on the same port says so and exits, instead of a stack trace.
        using var error = new StringWriter();
        var port = new Uri(url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, PreviewCommand.Serve(["--project", project.Root, "--port", port], TextWriter.Null, error, CancellationToken.None));
        Assert.Contains($"error MG0661: port {port} on 127.0.0.1 is in use", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "0.0.0.0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = SampleProject.Run("preview", option, value);
        Assert.Equal(2, exit);
        Assert.Contains("materialsgen preview --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_a_located_error()
    {
        var (exit, _, error) = SampleProject.Run("preview", "--project", Path.GetTempPath(), "--port", "0");
        Assert.Equal(1, exit);
        Assert.Contains("materials.yaml: error MG0605: manifest not found", error, StringComparison.Ordinal);
    }
}
