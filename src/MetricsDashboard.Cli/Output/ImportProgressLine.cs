using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data.Import;

namespace MetricsDashboard.Cli.Output;

/// <summary>
/// The import's progress on standard error: files done/total, figures, MB/s and the time left, at
/// most every half second. On a terminal the line is rewritten in place; into a file (<c>--progress</c>
/// with stderr redirected) each update is its own line.
/// </summary>
internal sealed class ImportProgressLine(TextWriter error, bool inPlace) : IProgress<ImportProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(0.5);

    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private bool _written;

    public void Report(ImportProgress value)
    {
        // The last file is always shown, so the final figures stay on screen.
        if (_written && _sinceLast.Elapsed < Interval && value.FilesDone < value.FilesTotal)
        {
            return;
        }
        _sinceLast.Restart();
        _written = true;
        var line = Format(value);
        if (inPlace)
        {
            error.Write("\r" + line + "\u001b[K");
        }
        else
        {
            error.WriteLine(line);
        }
        error.Flush();
    }

    /// <summary>Ends the rewritten line, so the report starts on a line of its own.</summary>
    public void Finish()
    {
        if (inPlace && _written)
        {
            error.WriteLine();
        }
    }

    public static string Format(ImportProgress p)
    {
        var eta = p.Remaining is { } left ? left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.FilesDone:N0}/{p.FilesTotal:N0} files, {p.Figures:N0} figures, {p.BytesPerSecond / 1e6:0.0} MB/s, {p.AlreadyStored:N0} already stored, ETA {eta}");
    }
}
