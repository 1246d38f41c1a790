namespace MetricsDashboard.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some input could not be processed (the others were).</summary>
    public const int PartialFailure = 1;

    /// <summary>Wrong command line.</summary>
    public const int Usage = 2;

    /// <summary>Nothing could be done (missing database, unexpected error).</summary>
    public const int Error = 3;
}
