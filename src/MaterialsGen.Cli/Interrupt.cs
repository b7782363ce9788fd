namespace MaterialsGen.Cli;

/// <summary>Runs a long-lived command (watch, preview) until Ctrl+C, which ends it cleanly instead of killing the process.</summary>
internal static class Interrupt
{
    public static int Run(Func<CancellationToken, int> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var stop = new CancellationTokenSource();
        void Stop(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }

        Console.CancelKeyPress += Stop;
        try
        {
            return command(stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= Stop;
        }
    }
}
