using MetricsDashboard.Data.Import;
using MetricsDashboard.Extraction;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>extract &lt;file-or-folder&gt;...</c>: one JSON line per indicator on stdout, problems on stderr.</summary>
internal static class ExtractCommand
{
    public const string Usage = "extract <file-or-folder>...      print one JSON object per indicator (INDICATORS.md fields)";

    /// <summary>
    /// Runs the command over standard output and error (<paramref name="outBytes"/>: standard output as
    /// bytes, when the process has one). It needs no database, configuration or anything else of
    /// <c>CliContext</c>, so the ahead-of-time compiled <c>metricsdashboard-extract</c> runs the same code.
    /// </summary>
    public static async Task<int> RunAsync(TextWriter output, TextWriter error, Stream? outBytes, Func<IIndicatorExtractor> createExtractor,
        IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["max-bytes"], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("extract needs at least one file or folder");
        }
        var maxBytes = parsed.Single("max-bytes") is { } m ? ParseLong(m) : ImportOptions.DefaultMaxFileBytes;
        var timer = ExtractTimer.FromEnvironment();
        var started = ExtractTimer.Start();
        var extractor = createExtractor();
        var failed = 0;
        var files = new List<string>();
        foreach (var target in parsed.Positionals)
        {
            try
            {
                files.AddRange(IndicatorImportService.ListFiles(target, recursive: true));
            }
            catch (FileNotFoundException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                failed++;
            }
        }
        timer?.Stop(ExtractTimer.Phase.List, started);

        // Files are extracted side by side (the extractor is thread-safe and each file is independent)
        // and handed back in input order, so the output is byte for byte what one file at a time gives.
        // Each file's lines go out in one write: a write per figure cost more than extraction.
        var extraction = new OrderedExtraction(files, file => FileExtraction.Run(extractor, file, maxBytes, timer), timer);
        started = ExtractTimer.Start();
        await foreach (var outcome in extraction.RunAsync(Environment.ProcessorCount, ct))
        {
            if (outcome.Error is not null)
            {
                await error.WriteLineAsync(outcome.Error);
                failed++;
            }
            else if (outcome.JsonLines is { } lines)
            {
                using (lines) { await WriteAsync(output, outBytes, lines.Written, ct); }
            }
        }
        await output.FlushAsync(ct);
        if (outBytes is not null) { await outBytes.FlushAsync(ct); }
        if (timer is not null)
        {
            timer.Stop(ExtractTimer.Phase.Write, started);
            await timer.ReportAsync(error, files.Count);
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    private static async Task WriteAsync(TextWriter output, Stream? outBytes, ReadOnlyMemory<byte> jsonLines, CancellationToken ct)
    {
        if (outBytes is not null)
        {
            await outBytes.WriteAsync(jsonLines, ct);
        }
        else
        {
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(jsonLines.Span));
        }
    }

    private static long ParseLong(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new UsageException($"not a positive number: {text}");
}
