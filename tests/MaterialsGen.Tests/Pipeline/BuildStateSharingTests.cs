using MaterialsGen.Build;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// The outputs of a mail merge read the same inputs with the same hashes: the build state keeps one copy of
/// that set for all of them (3,000 handouts would otherwise hold 3,000), built now or read from the file.
/// </summary>
public sealed class BuildStateSharingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("materialsgen-state-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SortedDictionary<string, string> Inputs(string template = "aaa") =>
        new(StringComparer.Ordinal) { ["templates/handout-chi-bo.sbn"] = template, ["data/9-khong.yaml"] = "bbb", ["fonts/"] = "ccc" };

    [Fact]
    public void Equal_input_sets_are_kept_once_and_different_ones_apart()
    {
        var state = BuildState.Load(_folder);
        state.Set("output/a.pdf", new BuildStateEntry("f1", 3, Inputs()));
        state.Set("output/b.pdf", new BuildStateEntry("f2", 3, Inputs()));
        state.Set("output/c.pdf", new BuildStateEntry("f3", 3, Inputs("changed")));

        Assert.Same(state.Get("output/a.pdf")!.Inputs, state.Get("output/b.pdf")!.Inputs);
        Assert.NotSame(state.Get("output/a.pdf")!.Inputs, state.Get("output/c.pdf")!.Inputs);
        Assert.Equal("changed", state.Get("output/c.pdf")!.Inputs!["templates/handout-chi-bo.sbn"]);
        Assert.Equal(Inputs(), state.Get("output/b.pdf")!.Inputs);
    }

    [Fact]
    public void Sets_read_back_from_the_state_file_are_shared_too_and_equal_what_was_written()
    {
        var written = BuildState.Load(_folder);
        written.Set("output/a.pdf", new BuildStateEntry("f1", 3, Inputs()));
        written.Set("output/b.pdf", new BuildStateEntry("f2", 2, Inputs()));
        written.Save(_folder);

        var read = BuildState.Load(_folder);
        Assert.Same(read.Get("output/a.pdf")!.Inputs, read.Get("output/b.pdf")!.Inputs);
        Assert.Equal(new BuildStateEntry("f2", 2, Inputs()), read.Get("output/b.pdf"));
    }
}
