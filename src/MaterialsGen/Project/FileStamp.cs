namespace MaterialsGen.Project;

/// <summary>
/// Cheap evidence of a file's version (size and write time on disk, a counter in memory): equal stamps
/// let the session reuse what it read and hashed before without reading the file again.
/// </summary>
public readonly record struct FileStamp(long Length, long Version);
