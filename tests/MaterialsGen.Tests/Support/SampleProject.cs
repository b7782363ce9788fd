namespace MaterialsGen.Tests.Support;

/// <summary>A throw-away copy of the repository's sample project (manifest, data, templates, fonts).</summary>
internal sealed class SampleProject : IDisposable
{
    public SampleProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "materialsgen-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "data", "templates", "fonts" })
        {
            Copy(Path.Combine(RepoPaths.Root, folder), Path.Combine(Root, folder));
        }

        File.Copy(Path.Combine(RepoPaths.Root, "materials.yaml"), Path.Combine(Root, "materials.yaml"));
    }

    public string Root { get; }

    public string Output(string name) => Path.Combine(Root, "output", name);

    /// <summary>The data files the handout templates read, by name under <c>data/</c>.</summary>
    public static IReadOnlyList<string> HandoutData { get; } = ["bai-viet", "giai-phap", "4-tich-cuc", "9-khong", "van-ban"];

    /// <summary>Runs <c>render</c> of the handout template from the sample's handout data to <paramref name="target"/>, with further options.</summary>
    public (int Exit, string Out, string Error) RenderHandout(string target, params string[] options)
    {
        var data = HandoutData.SelectMany(d => new[] { "--data", Path.Combine(Root, "data", d + ".yaml") });
        return Run(["render", "--project", Root, "--template", "handout", .. data, "-o", target, .. options]);
    }

    /// <summary>Replaces text in a file, failing the test when the text to replace is not there.</summary>
    public static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Runs the CLI in-process and returns its exit code and what it printed.</summary>
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = MaterialsGen.Cli.CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI in-process with only these environment variables (language, CI shard variables).</summary>
    public static (int Exit, string Out, string Error) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = MaterialsGen.Cli.CommandLine.Run(args, output, error, name => environment.GetValueOrDefault(name));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
