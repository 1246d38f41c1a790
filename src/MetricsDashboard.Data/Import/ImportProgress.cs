namespace MetricsDashboard.Data.Import;

/// <summary>Progress of a run, reported after each file.</summary>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files in the run.</param>
/// <param name="LastFile">The file just finished.</param>
public sealed record ImportProgress(int FilesDone, int FilesTotal, ImportFileReport LastFile);
