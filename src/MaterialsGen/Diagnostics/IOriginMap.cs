namespace MaterialsGen.Diagnostics;

/// <summary>
/// Locates a markup offset: what layout items keep as their origin, resolved only when a message or a
/// preview click needs the file, line and column (the markup stage's source map implements it).
/// </summary>
internal interface IOriginMap
{
    SourceOrigin Locate(int offset);
}
