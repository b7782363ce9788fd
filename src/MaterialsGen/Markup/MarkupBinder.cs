using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Markup;

/// <summary>
/// Validates a markup tree against <see cref="MarkupSchema"/> and turns it into the layout model:
/// <c>&lt;document&gt;</c> with <c>&lt;page&gt;</c> (flowing, paginated) and <c>&lt;canvas&gt;</c>
/// (one fixed page) sections. Every problem is reported; the result is null if any is an error.
/// </summary>
internal static class MarkupBinder
{
    private static readonly Dictionary<string, bool> Orientations = new() { ["portrait"] = false, ["landscape"] = true };

    /// <param name="resources">Loads the files <c>&lt;image&gt;</c> names; without one every image is an error.</param>
    public static LayoutDocument? Bind(MarkupElement root, DiagnosticBag diagnostics, IResourceLoader? resources = null)
    {
        if (root.Name != "document")
        {
            diagnostics.Error("MG0205", $"the markup must start with <document>, found <{root.Name}>", root.Span);
            return null;
        }

        var styles = CollectStyles(root, diagnostics);
        var context = new BindContext(diagnostics, styles, resources ?? NoResourceLoader.Instance) { Sources = root.Sources };
        var a = context.Attributes(root);
        var info = new DocumentInfo(
            a["title"]?.Value ?? string.Empty,
            a["author"]?.Value ?? string.Empty,
            a["subject"]?.Value ?? string.Empty,
            a["keywords"]?.Value ?? string.Empty,
            a["lang"]?.Value ?? "vi")
        {
            Source = a["source"]?.Value ?? string.Empty,
        };
        var sections = ImmutableArray.CreateBuilder<PageSection>();
        foreach (var node in root.Children)
        {
            switch (node)
            {
                case MarkupText text when string.IsNullOrWhiteSpace(text.Text):
                case MarkupElement { Name: "styles" }:
                    break;
                case MarkupElement { Name: "page" or "canvas" } section:
                    sections.Add(Section(section, context));
                    break;
                case MarkupElement other when !MarkupSchema.Elements.ContainsKey(other.Name):
                    diagnostics.Error("MG0202", $"unknown element <{other.Name}>{NearestName.Suggest(other.Name, MarkupSchema.Elements.Keys)}", other.Span);
                    break;
                default:
                    diagnostics.Error("MG0205", "<document> holds <styles>, <page> and <canvas> elements only", node.Span);
                    break;
            }
        }

        if (sections.Count == 0)
        {
            diagnostics.Error("MG0205", "<document> has no <page> or <canvas>", root.Span);
        }

        // A page that names no family sets its text in the default one: that is where the default is named.
        foreach (var section in sections)
        {
            if (section.Text is { } text)
            {
                context.Families.TryAdd(text.Family, new(-1, section.Source));
            }
        }

        var fontNames = a["docx-fonts"] is { } names ? context.Values.FontNames(names) : [];
        return diagnostics.HasErrors ? null : new LayoutDocument(info, sections.ToImmutable()) { Origins = root.Sources, EditableFontNames = fontNames, Families = new System.Collections.ObjectModel.ReadOnlyDictionary<string, NamedFamily>(context.Families) };
    }

    private static Dictionary<string, MarkupElement> CollectStyles(MarkupElement root, DiagnosticBag diagnostics)
    {
        var styles = new Dictionary<string, MarkupElement>(StringComparer.Ordinal);
        foreach (var style in root.Children.OfType<MarkupElement>().Where(e => e.Name == "styles").SelectMany(e => e.Children.OfType<MarkupElement>()))
        {
            var allowed = MarkupSchema.Elements["style"].Attributes;
            foreach (var attribute in style.Attributes.Where(x => !allowed.Contains(x.Name)))
            {
                diagnostics.Error("MG0203", $"<style> has no attribute '{attribute.Name}'{NearestName.Suggest(attribute.Name, allowed)}", attribute.Span);
            }

            if (style.Name != "style" || style.Attribute("name") is not { } name)
            {
                diagnostics.Error("MG0205", "<styles> holds <style name=\"…\"> elements only", style.Span);
                continue;
            }

            styles[name.Value] = style;
        }

        return styles;
    }

    private static PageSection Section(MarkupElement element, BindContext context)
    {
        var a = context.Attributes(element);
        var values = context.Values;
        var props = context.Cascade(TextProps.Default, a);
        var blocks = new BlockBinder(context);
        var running = new BlockBinder(context) { InArtifact = true };
        var isCanvas = element.Name == "canvas";
        var size = isCanvas ? CanvasSize(a, element, context) : PageSize(a, values);
        var margin = a["margin"] is { } m ? values.Spacing(m) : isCanvas ? Spacing.Zero : Spacing.All(20 * 72f / 25.4f);

        Block? header = null, footer = null, firstHeader = null, firstFooter = null;
        var body = ImmutableArray.CreateBuilder<Block>();
        var loose = new List<MarkupNode>();
        foreach (var node in element.Children)
        {
            if (node is MarkupElement { Name: "header" or "footer" or "first-header" or "first-footer" or "body" } region)
            {
                var ra = context.Attributes(region);
                // A canvas's footer is its content (the source credit at the bottom), not a running artifact.
                var binder = region.Name is "body" || isCanvas ? blocks : running;
                var regionBlock = binder.Stack(region, context.Cascade(props, ra), ra);
                switch (region.Name)
                {
                    case "header": header = regionBlock; break;
                    case "footer": footer = regionBlock; break;
                    case "first-header": firstHeader = regionBlock; break;
                    case "first-footer": firstFooter = regionBlock; break;
                    default: body.Add(regionBlock); break;
                }
            }
            else
            {
                loose.Add(node);
            }
        }

        var looseBlocks = blocks.Children(element with { Children = [.. loose] }, props);
        body.AddRange(looseBlocks);
        var gap = a["gap"] is { } g ? values.Length(g) : 0;
        Paint? background = a["gradient"] is { } gradient ? values.Gradient(gradient)
            : a["background"] is { } bg ? Paint.Solid(values.Color(bg)) : null;
        // different-first-page alone means a bare first page (Decree 30 numbers pages from the second);
        // a first-header or first-footer replaces only its own region.
        var bareFirst = a["different-first-page"] is { } d && values.Bool(d);
        return new PageSection(size, margin, new StackBlock(body.ToImmutable(), gap) { Source = element.Span, SourceOffset = element.Offset })
        {
            Header = header,
            Footer = footer,
            FirstHeader = firstHeader ?? (bareFirst ? null : header),
            FirstFooter = firstFooter ?? (bareFirst ? null : footer),
            DifferentFirstPage = bareFirst || firstHeader is not null || firstFooter is not null,
            HeaderGap = a["header-gap"] is { } hg ? values.Length(hg) : 8,
            FooterGap = a["footer-gap"] is { } fg ? values.Length(fg) : 8,
            Background = background,
            Fixed = isCanvas,
            MinTextSize = isCanvas && a["min-text-size"] is { } floor ? values.Length(floor) : 0,
            Source = element.Span,
            Text = props.ToStyle(),
            Paragraph = blocks.ParagraphStyleOf(props, null),
        };
    }

    private static Size PageSize(ResolvedAttributes a, ValueParser values)
    {
        var size = PageSizes.Named["A4"];
        if (a["paper"] is { } sizeAttribute)
        {
            if (PageSizes.Named.TryGetValue(sizeAttribute.Value.Trim(), out var named))
            {
                size = named;
            }
            else if (sizeAttribute.Value.Split('x', 'X', '×') is [var w, var h] && ValueParser.TryLength(w, out var width) && ValueParser.TryLength(h, out var height) && width > 0 && height > 0)
            {
                size = new Size(width, height);
            }
            else
            {
                values.Choice(sizeAttribute, PageSizes.Named.ToDictionary(p => p.Key, p => p.Value), size);
            }
        }

        var landscape = a["orientation"] is { } o && values.Choice(o, Orientations, false);
        return landscape ? new Size(size.Height, size.Width) : size;
    }

    private static Size CanvasSize(ResolvedAttributes a, MarkupElement element, BindContext context)
    {
        if (a["width"] is not { } w || a["height"] is not { } h)
        {
            context.Diagnostics.Error("MG0207", "<canvas> needs width and height", element.Span);
            return new Size(1080, 1350);
        }

        return new Size(Math.Max(1, context.Values.Length(w)), Math.Max(1, context.Values.Length(h)));
    }
}
