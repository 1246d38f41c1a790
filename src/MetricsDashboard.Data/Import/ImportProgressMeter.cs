using System.Diagnostics;

namespace MetricsDashboard.Data.Import;

/// <summary>Adds up a run's files, figures and bytes into <see cref="ImportProgress"/> reports.</summary>
internal sealed class ImportProgressMeter(int filesTotal)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private int _files;
    private int _figures;
    private int _alreadyStored;
    private long _bytes;

    public ImportProgress Add(ImportFileReport file, long bytes)
    {
        _files++;
        _figures += file.IndicatorsAdded;
        _bytes += bytes;
        if (file.Reason is ImportFileReason.AlreadyStored or ImportFileReason.SameContentStored)
        {
            _alreadyStored++;
        }
        return new ImportProgress(_files, filesTotal, file)
        {
            Figures = _figures,
            AlreadyStored = _alreadyStored,
            BytesDone = _bytes,
            Elapsed = _watch.Elapsed,
        };
    }
}
