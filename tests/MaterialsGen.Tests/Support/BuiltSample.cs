namespace MaterialsGen.Tests.Support;

/// <summary>The sample project built once for a test class (an xunit class fixture).</summary>
public sealed class BuiltSample : IDisposable
{
    private readonly SampleProject _project = new();

    public BuiltSample()
    {
        (Exit, Out, Error) = SampleProject.Run("build", "--project", _project.Root);
    }

    public int Exit { get; }

    public string Out { get; }

    public string Error { get; }

    public string Root => _project.Root;

    public string Output(string name) => _project.Output(name);

    public void Dispose() => _project.Dispose();
}
