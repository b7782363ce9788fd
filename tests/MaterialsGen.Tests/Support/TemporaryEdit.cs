namespace MaterialsGen.Tests.Support;

/// <summary>A text replacement saved in a project file for the length of a test; disposing it (or <see cref="Restore"/>) puts the file back.</summary>
internal sealed class TemporaryEdit : IDisposable
{
    private readonly string _path;

    public TemporaryEdit(string path, string from, string to)
    {
        _path = path;
        Original = File.ReadAllText(path);
        SampleProject.Edit(path, from, to);
    }

    public string Original { get; }

    /// <summary>Saves the original text again (only when the file differs, so a restored file is not saved twice).</summary>
    public void Restore()
    {
        if (File.ReadAllText(_path) != Original)
        {
            File.WriteAllText(_path, Original);
        }
    }

    public void Dispose() => Restore();
}
