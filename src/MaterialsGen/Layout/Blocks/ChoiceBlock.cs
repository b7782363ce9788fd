using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// Alternatives for the same place, best first: the first that fits the room whole (within its
/// paragraphs' max-lines, and with no error such as text under the legibility floor) is laid out, the
/// last one otherwise. A source credit with the article's title, then without it, for a small canvas.
/// </summary>
internal sealed record ChoiceBlock(ImmutableArray<Block> Options) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        if (Options.IsEmpty)
        {
            return BlockResult.Full(Frame.Empty);
        }

        for (var i = 0; i < Options.Length - 1; i++)
        {
            // An option tried and passed over leaves no diagnostics behind.
            var attempt = new DiagnosticBag();
            var result = Options[i].Layout(context with { Diagnostics = attempt }, width, height);
            if (result.Plan == SpacePlan.Full && !attempt.HasErrors)
            {
                context.Diagnostics.AddRange(attempt.Items.Where(d => !context.Diagnostics.Items.Contains(d)));
                return Tagged(result, Options[i]);
            }
        }

        return Tagged(Options[^1].Layout(context, width, height), Options[^1]);
    }

    /// <summary>The chosen option keeps its own structure element (a paragraph reads as P), as a stack's child would.</summary>
    private static BlockResult Tagged(BlockResult result, Block option)
    {
        if (option.Tag is null)
        {
            return result;
        }

        var builder = new FrameBuilder();
        builder.Place(result.Frame, 0, 0, option.Tag);
        return result with { Frame = builder.Build(result.Frame.Size) };
    }

    public override float MinWidth(LayoutContext context) => Options.Select(o => o.MinWidth(context)).DefaultIfEmpty(0).Min();

    public override float MaxWidth(LayoutContext context) => Options.Select(o => o.MaxWidth(context)).DefaultIfEmpty(0).Max();

    public override Block StretchTo(float height) => this with { Options = [.. Options.Select(o => o.StretchTo(height))] };

    internal override IEnumerable<Block> ChildBlocks() => Options;
}
