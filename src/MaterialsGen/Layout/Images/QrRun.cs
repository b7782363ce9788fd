namespace MaterialsGen.Layout.Images;

/// <summary>Dark modules side by side in one row of a QR code, drawn as one rectangle.</summary>
internal readonly record struct QrRun(int Row, int Column, int Length);
