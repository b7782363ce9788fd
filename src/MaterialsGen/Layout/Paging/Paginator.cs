using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Flows each section's body over pages, then draws headers and footers once the page count is known
/// ("Trang X/Y"). Fixed sections (canvases) get one page, their fit-to-box text sized by <see cref="CanvasFitter"/>.
/// </summary>
internal static class Paginator
{
    /// <summary>A safety limit: a runaway flow stops with an error instead of filling the disk.</summary>
    public const int MaxPages = SafetyLimits.Pages;

    public static LaidOutDocument Paginate(LayoutDocument document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var context = new LayoutContext(fonts, diagnostics) { Origins = document.Origins };
        var bodies = new List<(PageSection Section, Frame Body, bool First, LayoutContext Context)>();
        foreach (var section in document.Sections)
        {
            if (section.Fixed)
            {
                var (body, fitted) = CanvasFitter.Fit(section, context);
                bodies.Add((section, body, true, fitted));
            }
            else
            {
                Flow(section, context, bodies);
            }
        }

        var pages = ImmutableArray.CreateBuilder<PageFrame>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var pageContext = bodies[i].Context with { PageNumber = i + 1, PageCount = bodies.Count };
            pages.Add(Compose(bodies[i].Section, bodies[i].Body, bodies[i].First, pageContext));
        }

        return new LaidOutDocument(document.Info, pages.ToImmutable()) { Origins = document.Origins, Bound = document };
    }

    private static void Flow(PageSection section, LayoutContext context, List<(PageSection, Frame, bool, LayoutContext)> bodies)
    {
        var width = section.PageSize.Width - section.Margin.Horizontal;
        Block? rest = section.Body;
        var first = true;
        while (rest is not null)
        {
            if (bodies.Count >= MaxPages)
            {
                context.Diagnostics.Error("MG0403", $"the document would have more than {MaxPages} pages; stopped", section.Source);
                return;
            }

            var pageContext = context with { PageNumber = bodies.Count + 1 };
            var height = BodyHeight(section, first, pageContext);
            var result = rest.Layout(pageContext, width, height);
            if (result.Plan == SpacePlan.Wrap)
            {
                result = rest.Layout(pageContext with { IgnoreKeep = true }, width, height);
            }

            if (result.Plan == SpacePlan.Wrap)
            {
                context.Diagnostics.Add(new Diagnostic(Severity.Error, "MG0401", $"content does not fit on an empty page: {result.Reason}", result.Source.IsNone ? section.Source : result.Source, result.Notes));
                return;
            }

            if (result.Plan == SpacePlan.Partial && result.Frame.Items.IsEmpty && result.Frame.Size.Height <= 0)
            {
                context.Diagnostics.Error("MG0401", "content makes no progress on an empty page", section.Source);
                return;
            }

            bodies.Add((section, result.Frame, first, context));
            rest = result.Plan == SpacePlan.Full ? null : result.Rest;
            first = false;
        }
    }

    internal static float BodyHeight(PageSection section, bool first, LayoutContext context)
    {
        var header = Measure(HeaderFor(section, first), section, context);
        var footer = Measure(FooterFor(section, first), section, context);
        return section.PageSize.Height - section.Margin.Vertical
            - (header > 0 ? header + section.HeaderGap : 0)
            - (footer > 0 ? footer + section.FooterGap : 0);
    }

    private static float Measure(Block? block, PageSection section, LayoutContext context) =>
        block is null ? 0 : block.Layout(context with { PageNumber = 888, PageCount = 888 }, section.PageSize.Width - section.Margin.Horizontal, float.PositiveInfinity).Frame.Size.Height;

    internal static Block? HeaderFor(PageSection section, bool first) => first && section.DifferentFirstPage ? section.FirstHeader : section.Header;

    internal static Block? FooterFor(PageSection section, bool first) => first && section.DifferentFirstPage ? section.FirstFooter : section.Footer;

    private static PageFrame Compose(PageSection section, Frame body, bool first, LayoutContext context)
    {
        var builder = new FrameBuilder();
        var size = section.PageSize;
        var margin = section.Margin;
        var width = size.Width - margin.Horizontal;
        if (section.Background is { } background)
        {
            builder.Add(new RectItem(new Rect(0, 0, size.Width, size.Height), background, Border.None, 0));
        }

        var top = margin.Top;
        if (HeaderFor(section, first) is { } header)
        {
            var frame = header.Layout(context, width, float.PositiveInfinity).Frame;
            builder.Place(frame, margin.Left, top, StructureTag.Header);
            top += frame.Size.Height + (frame.Size.Height > 0 ? section.HeaderGap : 0);
        }

        builder.Place(body, margin.Left, top, section.Body.Tag);
        if (FooterFor(section, first) is { } footer)
        {
            var frame = footer.Layout(context, width, float.PositiveInfinity).Frame;
            builder.Place(frame, margin.Left, size.Height - margin.Bottom - frame.Size.Height, section.Fixed ? footer.Tag : StructureTag.Footer);
        }

        return new PageFrame(size, builder.Build(size));
    }
}
