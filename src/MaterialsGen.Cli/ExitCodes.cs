namespace MaterialsGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
