using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// The structure tree of a tagged PDF, grown while pages are painted: an element for each tag met,
/// under the element of the tag around it, in the order met, so the reading order is the layout's
/// logical order (a row's columns one after the other) whatever the pages look like. A tag met again
/// on a later page (a paragraph that goes on) adds to its element instead of making a second one.
/// </summary>
internal sealed class PdfStructure
{
    private readonly Dictionary<(StructureTag Tag, Element Parent), Element> _elements = [];
    private readonly List<Element>[] _marked;
    private readonly List<Element> _annotations = [];

    public PdfStructure(int pageCount)
    {
        _marked = new List<Element>[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            _marked[i] = [];
        }
    }

    public Element Root { get; } = new("Document", null, null);

    /// <summary>The element for <paramref name="tag"/> inside <paramref name="parent"/>, made when first met.</summary>
    public Element Child(Element parent, StructureTag tag)
    {
        if (!_elements.TryGetValue((tag, parent), out var element))
        {
            element = new Element(tag.Role.ToString(), tag, parent);
            _elements[(tag, parent)] = element;
            parent.Kids.Add(new Kid(element, -1, -1));
        }

        return element;
    }

    /// <summary>Gives <paramref name="element"/> the next marked-content id of page <paramref name="page"/> and returns it.</summary>
    public int Mark(Element element, int page)
    {
        var mcid = _marked[page].Count;
        _marked[page].Add(element);
        element.Kids.Add(new Kid(null, page, mcid));
        element.Page = element.Page < 0 ? page : element.Page;
        return mcid;
    }

    /// <summary>Makes the link annotation object <paramref name="annotation"/> a kid of <paramref name="element"/>; returns its /StructParent key.</summary>
    public int Annotation(Element element, int page, int annotation)
    {
        _annotations.Add(element);
        element.Kids.Add(new Kid(null, page, -1, annotation));
        element.Page = element.Page < 0 ? page : element.Page;
        return _marked.Length + _annotations.Count - 1;
    }

    /// <summary>Writes the elements, the parent tree and the tree root; returns the root's object number.</summary>
    public int Write(PdfFile file, int[] pages)
    {
        var rootObject = file.Reserve();
        Number(Root, file);
        var buffer = new PdfBuffer(1024);
        WriteElement(Root, rootObject, file, pages, buffer);

        var parentTree = file.Reserve();
        var nums = new PdfBuffer(256 + (_annotations.Count * 16)).Raw("<</Nums [");
        for (var page = 0; page < _marked.Length; page++)
        {
            nums.Int(page).Raw(" [");
            foreach (var element in _marked[page])
            {
                nums.Int(element.Number).Raw(" 0 R ");
            }

            nums.Raw("] ");
        }

        for (var i = 0; i < _annotations.Count; i++)
        {
            nums.Int(_marked.Length + i).Byte((byte)' ').Int(_annotations[i].Number).Raw(" 0 R ");
        }

        file.Object(parentTree, nums.Raw("]>>"));
        file.Object(rootObject, new PdfBuffer(128).Raw("<</Type /StructTreeRoot /K ").Int(Root.Number).Raw(" 0 R /ParentTree ")
            .Int(parentTree).Raw(" 0 R /ParentTreeNextKey ").Int(_marked.Length + _annotations.Count).Raw(">>"));
        return rootObject;
    }

    private static void Number(Element element, PdfFile file)
    {
        element.Number = file.Reserve();
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                Number(child, file);
            }
        }
    }

    private static void WriteElement(Element element, int parentObject, PdfFile file, int[] pages, PdfBuffer buffer)
    {
        buffer.Clear();
        buffer.Raw("<</Type /StructElem /S /").Raw(element.Type).Raw(" /P ").Int(parentObject).Raw(" 0 R");
        if (element.Page >= 0)
        {
            buffer.Raw(" /Pg ").Int(pages[element.Page]).Raw(" 0 R");
        }

        if (element.Tag is { } tag)
        {
            Attributes(buffer, tag);
        }

        buffer.Raw(" /K [");
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                buffer.Int(child.Number).Raw(" 0 R ");
            }
            else if (kid.Annotation > 0)
            {
                buffer.Raw("<</Type /OBJR /Obj ").Int(kid.Annotation).Raw(" 0 R /Pg ").Int(pages[kid.Page]).Raw(" 0 R>> ");
            }
            else if (kid.Page == element.Page)
            {
                buffer.Int(kid.Mcid).Byte((byte)' ');
            }
            else
            {
                buffer.Raw("<</Type /MCR /Pg ").Int(pages[kid.Page]).Raw(" 0 R /MCID ").Int(kid.Mcid).Raw(">> ");
            }
        }

        file.Object(element.Number, buffer.Raw("]>>"));
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                WriteElement(child, element.Number, file, pages, buffer);
            }
        }
    }

    private static void Attributes(PdfBuffer buffer, StructureTag tag)
    {
        switch (tag.Role)
        {
            case StructureRole.Figure when tag.Alt is { } alt:
                buffer.Raw(" /Alt ").TextString(alt);
                break;
            case StructureRole.Span when tag.Alt is { } text:
                buffer.Raw(" /ActualText ").TextString(text);
                break;
            case StructureRole.TH:
                buffer.Raw(" /A <</O /Table /Scope /Column>>");
                break;
            case StructureRole.L when tag.Numbering is { } numbering:
                buffer.Raw(" /A <</O /List /ListNumbering /").Raw(numbering).Raw(">>");
                break;
            default:
                break;
        }
    }

    /// <summary>One structure element: its type, the tag it came from (none for the document), its kids in reading order.</summary>
    internal sealed class Element(string type, StructureTag? tag, Element? parent)
    {
        public string Type { get; } = type;

        public StructureTag? Tag { get; } = tag;

        public Element? Parent { get; } = parent;

        public List<Kid> Kids { get; } = [];

        /// <summary>The first page with content of this element (its /Pg), or -1.</summary>
        public int Page { get; set; } = -1;

        public int Number { get; set; }

        public StructureRole? Role => Tag?.Role;
    }

    /// <summary>A kid: a child element, a marked-content id on a page, or a link annotation's object number.</summary>
    internal readonly record struct Kid(Element? Element, int Page, int Mcid, int Annotation = 0);
}
