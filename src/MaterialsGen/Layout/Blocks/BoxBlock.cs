using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A box around one child: padding, background (colour or gradient), borders per side, corner radius,
/// optional fixed or minimum size and aspect ratio. Splits across pages with its child unless kept together.
/// </summary>
internal sealed record BoxBlock(Block Child) : Block
{
    public Spacing Padding { get; init; }

    public Paint? Background { get; init; }

    public Border Border { get; init; } = Border.None;

    public float Radius { get; init; }

    public float? Width { get; init; }

    public float? Height { get; init; }

    public float MinHeight { get; init; }

    /// <summary>Width divided by height; the height follows the width when set.</summary>
    public float? AspectRatio { get; init; }

    public bool KeepTogether { get; init; }

    /// <summary>Take the content's width instead of the container's (a badge, a button).</summary>
    public bool ShrinkToContent { get; init; }

    public VerticalAlign ContentAlign { get; init; }

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var outerWidth = Math.Min(Width ?? (ShrinkToContent ? MaxWidth(context) : width), width);
        var fixedHeight = Height ?? (AspectRatio is { } ratio and > 0 ? outerWidth / ratio : null);
        var insetX = Padding.Horizontal + Border.Width.Left + Border.Width.Right;
        var insetY = Padding.Vertical + Border.Width.Top + Border.Width.Bottom;
        var innerWidth = Math.Max(0, outerWidth - insetX);
        var room = (fixedHeight ?? height) - insetY;
        if (fixedHeight > height + 0.01f)
        {
            return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"box of {fixedHeight:0.#} pt does not fit in {Math.Max(0, height):0.#} pt"), Source);
        }

        var result = Child.Layout(context, innerWidth, room);
        if (result.Plan == SpacePlan.Wrap)
        {
            return result;
        }

        if (result.Plan == SpacePlan.Partial && (fixedHeight is not null || (KeepTogether && !context.IgnoreKeep)))
        {
            if (fixedHeight is null)
            {
                return BlockResult.Wrap("block is kept together and does not fit in the remaining room", Source);
            }

            // The text that spills out of a fixed box is what to shorten; the box is where its size is set.
            var reason = string.Create(CultureInfo.InvariantCulture, $"content is taller than its box ({outerWidth:0.#} × {fixedHeight:0.#} pt)");
            var overflow = BlockResult.Wrap(reason, result.Rest is { } rest ? BlockOrigins.FirstText(rest, context) : new(Source, Diagnostics.SourceSpan.None));
            return overflow.Source == Source ? overflow : overflow with { Notes = overflow.Notes.Add(new Diagnostics.DiagnosticNote(Source, "in this box")) };
        }

        var contentHeight = result.Frame.Size.Height;
        var outerHeight = fixedHeight ?? Math.Max(MinHeight, contentHeight + insetY);
        if (result.Plan == SpacePlan.Full && Child.DistributesHeight && outerHeight - insetY > contentHeight + 0.01f
            && Child.StretchTo(outerHeight - insetY).Layout(context, innerWidth, outerHeight - insetY) is { Plan: SpacePlan.Full } stretched)
        {
            // Content with growing children takes the box's extra height instead of sitting at valign.
            result = stretched;
            contentHeight = stretched.Frame.Size.Height;
        }

        var frame = Draw(result.Frame, outerWidth, outerHeight, contentHeight);
        return result.Plan == SpacePlan.Partial && result.Rest is not null
            ? BlockResult.Partial(frame, this with { Child = result.Rest, SpaceBefore = 0, MinHeight = 0 })
            : BlockResult.Full(frame) with { BreakAfter = result.BreakAfter };
    }

    public override float MinWidth(LayoutContext context) => Width ?? (Child.MinWidth(context) + Inset());

    public override float MaxWidth(LayoutContext context) => Width ?? (Child.MaxWidth(context) + Inset());

    internal override IEnumerable<Block> ChildBlocks() => [Child];

    public override Block StretchTo(float height) => Height is null && AspectRatio is null ? this with { MinHeight = Math.Max(MinHeight, height) } : this;

    private float Inset() => Padding.Horizontal + Border.Width.Left + Border.Width.Right;

    private Frame Draw(Frame content, float width, float height, float contentHeight)
    {
        var builder = new FrameBuilder();
        if (Background is not null || !Border.IsNone)
        {
            builder.Add(new RectItem(new Rect(0, 0, width, height), Background, Border, Radius) { SourceOffset = SourceOffset });
        }

        var innerHeight = height - Padding.Vertical - Border.Width.Top - Border.Width.Bottom;
        var dy = ContentAlign switch
        {
            VerticalAlign.Middle => Math.Max(0, (innerHeight - contentHeight) / 2),
            VerticalAlign.Bottom => Math.Max(0, innerHeight - contentHeight),
            _ => 0,
        };
        builder.Place(content, Padding.Left + Border.Width.Left, Padding.Top + Border.Width.Top + dy, Child.Tag);
        return builder.Build(new Size(width, height));
    }
}
