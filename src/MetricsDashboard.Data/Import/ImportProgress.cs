namespace MetricsDashboard.Data.Import;

/// <summary>Progress of a run, reported after each file.</summary>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files in the run.</param>
/// <param name="LastFile">The file just finished.</param>
public sealed record ImportProgress(int FilesDone, int FilesTotal, ImportFileReport LastFile)
{
    /// <summary>Figures stored by the run so far.</summary>
    public int Figures { get; init; }

    /// <summary>Files skipped because the same content is already stored (a resumed run skips what the killed one committed).</summary>
    public int AlreadyStored { get; init; }

    /// <summary>Bytes of the files finished so far (0 for re-extraction, which reads no files).</summary>
    public long BytesDone { get; init; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Bytes per second so far; 0 before any time has passed.</summary>
    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? BytesDone / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the rate of files so far; null until a file is done.</summary>
    public TimeSpan? Remaining => FilesDone == 0 || Elapsed <= TimeSpan.Zero
        ? null
        : TimeSpan.FromSeconds(Elapsed.TotalSeconds / FilesDone * Math.Max(0, FilesTotal - FilesDone));
}
