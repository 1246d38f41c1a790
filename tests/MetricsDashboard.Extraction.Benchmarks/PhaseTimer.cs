using System.Diagnostics;
using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Decoding;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Numbers;
using MetricsDashboard.Extraction.Segmentation;
using MetricsDashboard.Extraction.Semantics;

namespace MetricsDashboard.Extraction.Benchmarks;

/// <summary>
/// Times the pipeline's phases one by one (run with --phases) to show where time goes. Each phase
/// runs over all documents in a loop of its own and is measured in process CPU time, which a busy
/// shared machine distorts less than the wall clock.
/// </summary>
internal static class PhaseTimer
{
    public static void Run(IReadOnlyList<SourceDocument> documents, int rounds, IndicatorExtractor extractor)
    {
        var lexicon = Lexicon.Default;
        var finder = new QuantityFinder(lexicon);
        var decoded = documents.Select(d => TextDecoder.Decode(d.Name, d.Content.Span).Text).ToArray();
        var normalised = decoded.Select(TextNormaliser.Normalise).ToArray();
        var sentences = normalised.Select(n => PageSegmenter.Segment(n, lexicon).Sentences).ToArray();
        var found = new List<QuantitySpan>();

        Measure("decode", rounds, () => { foreach (var d in documents) { TextDecoder.Decode(d.Name, d.Content.Span); } });
        Measure("normalise", rounds, () => { foreach (var t in decoded) { TextNormaliser.Normalise(t); } });
        Measure("segment", rounds, () => { foreach (var n in normalised) { PageSegmenter.Segment(n, lexicon); } });
        Measure("date", rounds, () => { foreach (var n in normalised) { PublicationDateInference.Infer(n.Text); } });
        Measure("areas", rounds, () => { foreach (var n in normalised) { AreaScanner.Scan(n.Text, AreaGazetteer.Default, lexicon); } });
        Measure("periods", rounds, () => { foreach (var n in normalised) { PeriodFinder.Find(n.Text, 2024); } });
        Measure("quantities", rounds, () =>
        {
            for (int i = 0; i < normalised.Length; i++)
            {
                foreach (var sentence in sentences[i])
                {
                    found.Clear();
                    finder.Find(normalised[i].Text, sentence.Start, sentence.End, found);
                }
            }
        });
        Measure("whole", rounds, () => { foreach (var d in documents) { extractor.Extract(d); } });
    }

    private static void Measure(string phase, int rounds, Action pass)
    {
        pass();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++) { pass(); }
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        Console.WriteLine($"  {phase,-12} {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:F0} ms CPU {watch.Elapsed.TotalMilliseconds,8:F0} ms wall {allocated / 1_000_000.0 / rounds,8:F2} MB allocated a round");
    }
}
