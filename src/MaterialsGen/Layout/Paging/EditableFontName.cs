using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// The name an editable document (docx) gives a font family instead of its own, from
/// <c>&lt;document docx-fonts="Tinos=Times New Roman"&gt;</c>: a format that asks for a font by name
/// (Decree 30's Times New Roman) gets that name, drawn here with the family's metric twin.
/// </summary>
internal sealed record EditableFontName(string Family, string Name, SourceSpan Source);
