using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>
/// What Scriban's clock and dice read while one output renders: <c>date.now</c> and
/// <c>date.utc_now</c> are the build timestamp (the manifest's date or SOURCE_DATE_EPOCH), and
/// <c>math.random</c> and <c>math.uuid</c> draw from a generator seeded by the output itself. The same
/// input then gives the same bytes, and an incremental build that sees no change is right. The functions
/// are installed once in <see cref="SharedBuiltins"/>; each context carries its own timestamp and generator.
/// </summary>
internal sealed record TemplateDeterminism(DateTime Now, int Seed)
{
    /// <summary>The fixed default timestamp and seed 0, for renders that name neither.</summary>
    public static TemplateDeterminism Default { get; } = new(Build.BuildTimestamp.Default, 0);

    // Made once: creating Scriban functions reflects over the delegate. Each reads its render's state from the context.
    private static readonly IScriptCustomFunction NowFunction = Function(new Func<TemplateContext, DateTime>(c => State(c).Now));
    private static readonly IScriptCustomFunction RandomFunction = Function(new Func<TemplateContext, int, int, int>((c, min, max) => min <= max
        ? State(c).Random.Next(min, max)
        : throw new TemplateValueException($"math.random takes the lower bound first: {min} is greater than {max}")));

    private static readonly IScriptCustomFunction UuidFunction = Function(new Func<TemplateContext, string>(c =>
    {
        Span<byte> bytes = stackalloc byte[16];
        State(c).Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }));

    /// <summary>A seed from the text that identifies one output (its path and record), stable across runs and machines.</summary>
    public static int SeedOf(string identity) => (int)XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(identity));

    /// <summary>Makes the clock and random built-ins of <paramref name="context"/> read this timestamp and seed.</summary>
    internal void Pin(TemplateContext context) => context.Tags[typeof(TemplateDeterminism)] = new PinnedState(Now, new Random(Seed));

    /// <summary>Replaces Scriban's clock and random functions in a built-in object with ones that read the pinned state.</summary>
    internal static void Install(ScriptObject builtins)
    {
        var date = (ScriptObject)builtins["date"]!;
        date.SetValue("now", NowFunction, readOnly: true);
        date.SetValue("utc_now", NowFunction, readOnly: true);
        var math = (ScriptObject)builtins["math"]!;
        math.SetValue("random", RandomFunction, readOnly: true);
        math.SetValue("uuid", UuidFunction, readOnly: true);
    }

    // A context nobody pinned (an output name pattern) reads the defaults.
    private static PinnedState State(TemplateContext context)
    {
        if (!context.Tags.TryGetValue(typeof(TemplateDeterminism), out var state))
        {
            state = new PinnedState(Default.Now, new Random(Default.Seed));
            context.Tags[typeof(TemplateDeterminism)] = state;
        }

        return (PinnedState)state;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The delegates' methods are referenced here; Scriban is a trimmer root in AOT builds.")]
    private static DynamicCustomFunction Function(Delegate function) => DynamicCustomFunction.Create(function);

    private sealed record PinnedState(DateTime Now, Random Random);
}
