using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Where a document first names a font family: the markup offset of the <c>font</c> (or <c>marker-font</c>)
/// value, which the origin map turns into the content line it came from, and the attribute as written in
/// the template. The default family, named by no attribute, has no offset and the document's element.
/// </summary>
internal readonly record struct NamedFamily(int ValueOffset, SourceSpan Written);
