using MaterialsGen.Build;
using MaterialsGen.Fuzz;
using SharpFuzz;

// materialsgen-fuzz TARGET            under afl-fuzz (tests/fuzz/afl.sh): input on stdin, many runs
// materialsgen-fuzz TARGET FILE...    runs the files once each and prints their diagnostics (to replay a crash)
// The fonts come from the repository (or MATERIALSGEN_PROJECT): the markup target lays text out.

// Instrumented code records coverage into SharpFuzz's trace map, which only afl-fuzz provides; until
// Fuzzer.OutOfProcess.Run attaches it (and when replaying files) it writes to a map of its own.
unsafe
{
    SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(65_536);
}

var project = Environment.GetEnvironmentVariable("MATERIALSGEN_PROJECT") ?? FindProject(AppContext.BaseDirectory);
using var workspace = new Workspace(project);
var targets = FuzzTargets.All(workspace.Fonts);
if (args.Length == 0 || !targets.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: materialsgen-fuzz {string.Join('|', targets.Keys)} [FILE...]");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

foreach (var file in args.Skip(1))
{
    Console.WriteLine($"== {file}");
    foreach (var diagnostic in target(File.ReadAllBytes(file)))
    {
        Console.WriteLine(diagnostic);
    }
}

return 0;

// The folder with materials.yaml and fonts/ above the program, as when run from the repository's build output.
static string FindProject(string from)
{
    for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "materials.yaml")) && Directory.Exists(Path.Combine(folder.FullName, "fonts")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("cannot find the project with fonts/; set MATERIALSGEN_PROJECT");
}
