using System.Diagnostics;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// Faults and concurrency around writing outputs: a full disk, a read-only folder, names too long for
/// the file system, another process writing to the same folder. Each output that cannot be written
/// fails with a located MG09xx error, the summary still prints, exit 1, and what was there stays.
/// </summary>
public sealed class HostileBuildTests
{
    private const string Five = "infographic-4-tich-cuc,infographic-9-khong,chia-se-9-khong-*";
    private static readonly string[] Infographics = ["build", "--only", Five];

    private static Dictionary<string, byte[]> Outputs(SampleProject project) =>
        Directory.GetFiles(Path.Combine(project.Root, "output")).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => f, File.ReadAllBytes);

    [Fact]
    public void A_read_only_output_folder_fails_each_output_with_MG0900_and_keeps_the_old_files()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run([.. Infographics, "--project", project.Root]).Exit);
        var before = Outputs(project);
        (int Exit, string Out, string Error) run;
        using (new ReadOnlyFolder(Path.Combine(project.Root, "output")))
        {
            run = SampleProject.Run([.. Infographics, "--project", project.Root, "--force"]);
        }

        Assert.Equal(1, run.Exit);
        Assert.Contains("0 built, 0 up to date, 5 failed", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"^output/infographic-9-khong\.png: error MG0900: cannot write the output, the previous file is left as it was: ", run.Error.Split('\n').Single(l => l.Contains("infographic-9-khong", StringComparison.Ordinal)));
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Outputs(project));
    }

    [Fact]
    public void A_disk_that_fills_up_fails_the_outputs_it_stops_and_keeps_the_old_files()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run([.. Infographics, "--project", project.Root]).Exit);
        var before = Outputs(project);
        using var workspace = new Workspace(project.Root);
        var manifest = ManifestReader.Read(workspace, new DiagnosticBag())!;
        var jobs = JobSelection.Only(JobPlanner.Plan(workspace, manifest, Path.Combine(project.Root, "output"), new DiagnosticBag()), Five);
        var room = new DiskRoom(400_000); // about one infographic
        var options = new BuildOptions(1, Force: true) { CreateFile = path => new FullDiskStream(File.Create(path), room) };

        var results = BuildRunner.Run(workspace, manifest, jobs, options, BuildState.Load(Path.Combine(project.Root, "output")));

        var failed = results.Where(r => r.Status == OutputStatus.Failed).ToList();
        Assert.InRange(failed.Count, 3, 4);
        Assert.All(failed, r => Assert.Equal("MG0900", Assert.Single(r.Diagnostics).Code));
        Assert.Contains("No space left on device", failed[0].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.All(failed, r => Assert.Equal(before[Path.Combine(project.Root, r.Job.RelativePath)], File.ReadAllBytes(Path.Combine(project.Root, r.Job.RelativePath))));
        Assert.Empty(Directory.GetFiles(Path.Combine(project.Root, "output"), ".*.tmp"));
    }

    [Fact]
    public void A_record_id_of_235_characters_is_MG0114_at_its_cell()
    {
        using var project = new SampleProject();
        var csv = Path.Combine(project.Root, "data", "branches.csv");
        File.AppendAllText(csv, new string('a', 235) + ",Chi bộ ấp 9,Đảng bộ xã Tân Thành,Đồng Xoài,2024-01-12,Lê Văn C\n");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-*");
        Assert.Equal(1, exit);
        Assert.Equal(["data/branches.csv:7:1: error MG0114: id of 235 characters is longer than the limit of 64; file names are made from ids, shorten it"], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("internal error", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_name_past_200_bytes_is_MG0607_at_its_entry()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "materials.yaml"), "name: \"tai-lieu-{{ record.id }}\"", "name: \"tai-lieu-{{ record.id }}" + string.Concat(Enumerable.Repeat("-{{ record.parent }}", 8)) + "\"");
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"^materials\.yaml:\d+:5: error MG0607: the output name 'tai-lieu-[a-z0-9-]+…' is 2\d\d bytes long, more than the limit of 200; shorten the name or the fields it is made from$", error.Split('\n')[0]);
    }

    [Fact]
    public void A_build_removes_only_the_temporaries_of_processes_that_are_gone()
    {
        using var project = new SampleProject();
        var output = Path.Combine(project.Root, "output");
        Directory.CreateDirectory(output);
        using var sleeper = Process.Start("sleep", "60");
        try
        {
            // Ours (this test process writes it, as a watch would), a live process's, a dead one's, a reused id's, the old format's.
            var live = TemporaryFiles.Beside(Path.Combine(output, "tai-lieu-sinh-hoat.pdf"));
            var other = Path.Combine(output, $".x.pdf~{sleeper.Id}-{ProcessIdentity.StartOf(sleeper.Id)}-1.tmp");
            var dead = Path.Combine(output, ".x.pdf~999999999-1-1.tmp");
            var reused = Path.Combine(output, $".x.pdf~{sleeper.Id}-1-1.tmp");
            var old = Path.Combine(output, ".x.pdf.999999999.1.tmp");
            foreach (var file in new[] { live, other, dead, reused, old })
            {
                File.WriteAllText(file, "đang ghi");
            }

            var cli = Path.Combine(AppContext.BaseDirectory, "materialsgen.dll");
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "build", "--project", project.Root, "--only", "infographic-9-khong"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            build.WaitForExit();
            Assert.Equal(0, build.ExitCode);
            Assert.True(File.Exists(live), "the live temporary of this process was deleted");
            Assert.True(File.Exists(other), "the live temporary of another process was deleted");
            Assert.False(File.Exists(dead));
            Assert.False(File.Exists(reused), "a temporary whose process id was reused was kept");
            Assert.False(File.Exists(old), "a temporary of the earlier naming whose process is gone was kept");
        }
        finally
        {
            sleeper.Kill();
        }
    }

    /// <summary>Bytes left on the pretend disk, shared by every file written.</summary>
    private sealed class DiskRoom(long bytes)
    {
        public long Left = bytes;
    }

    /// <summary>A file stream that fails as ENOSPC does once the shared room is used up.</summary>
    private sealed class FullDiskStream(FileStream inner, DiskRoom room) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Interlocked.Add(ref room.Left, -buffer.Length) < 0)
            {
                throw new IOException($"No space left on device : '{inner.Name}'");
            }

            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
