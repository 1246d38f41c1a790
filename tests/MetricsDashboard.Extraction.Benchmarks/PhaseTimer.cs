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

/// <summary>Times the pipeline's phases one by one (run with --phases) to show where time goes.</summary>
internal static class PhaseTimer
{
    public static void Run(IReadOnlyList<SourceDocument> documents, int rounds)
    {
        var lexicon = Lexicon.Default;
        var finder = new QuantityFinder(lexicon);
        var timings = new Dictionary<string, TimeSpan>();
        var found = new List<QuantitySpan>();
        void Time(string phase, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            timings[phase] = timings.GetValueOrDefault(phase) + watch.Elapsed;
        }
        for (int round = 0; round < rounds; round++)
        {
            foreach (var document in documents)
            {
                DecodedText decoded = default;
                NormalisedText? normalised = null;
                List<SentenceSpan>? sentences = null;
                Time("decode", () => decoded = TextDecoder.Decode(document.Name, document.Content.Span));
                Time("normalise", () => normalised = TextNormaliser.Normalise(decoded.Text));
                Time("segment", () => sentences = PageSegmenter.Segment(normalised!, lexicon).Sentences);
                Time("date", () => PublicationDateInference.Infer(normalised!.Text));
                Time("areas", () => AreaScanner.Scan(normalised!.Text, AreaGazetteer.Default, lexicon));
                Time("periods", () => PeriodFinder.Find(normalised!.Text, 2024));
                Time("quantities", () =>
                {
                    foreach (var sentence in sentences!)
                    {
                        found.Clear();
                        finder.Find(normalised!.Text, sentence.Start, sentence.End, found);
                    }
                });
            }
        }
        var total = timings.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        foreach (var (phase, time) in timings)
        {
            Console.WriteLine($"  {phase,-12} {time.TotalMilliseconds,8:F0} ms");
        }
        Console.WriteLine($"  {"sum",-12} {total.TotalMilliseconds,8:F0} ms");
    }
}
