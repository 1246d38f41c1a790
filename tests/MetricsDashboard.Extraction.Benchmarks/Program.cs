using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;
using MetricsDashboard.Extraction.Scoring;

// Repeats the seed pages into a corpus of at least 50 MB of UTF-8 and reports throughput on one
// core and on all cores, allocation per MB of input, and the gold scores. Run in Release:
//   dotnet run -c Release --project tests/MetricsDashboard.Extraction.Benchmarks [-- <corpus MB>]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == "--cli")
{
    // dotnet run -c Release --project tests/MetricsDashboard.Extraction.Benchmarks -- --cli [path of the built CLI] [runs]
    var cliPath = args.Length > 1 ? args[1] : MetricsDashboard.Extraction.Benchmarks.CliBenchmark.BuiltCli();
    int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    MetricsDashboard.Extraction.Benchmarks.CliBenchmark.Run(cliPath, Path.Combine(Path.GetTempPath(), "metricsdashboard-cli-corpus"), runs);
    return;
}

const double Megabyte = 1_000_000;
bool phases = args.Contains("--phases");
args = args.Where(a => a != "--phases").ToArray();
int targetMegabytes = args.Length > 0 && args[0] != "--folder" ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var baseDirectory = AppContext.BaseDirectory;
var seeds = Directory.EnumerateFiles(Path.Combine(baseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
    .Select(path => new SourceDocument(Path.GetFileName(path), File.ReadAllBytes(path)))
    .ToArray();
if (seeds.Length == 0) { throw new InvalidOperationException("No seeds next to the benchmark."); }

var corpus = new List<SourceDocument>();
long corpusBytes = 0;
int folderIndex = Array.IndexOf(args, "--folder");
if (folderIndex >= 0)
{
    // The CLI benchmark's corpus (or any folder): the same bytes in process, to tell extraction from process cost.
    foreach (var path in Directory.EnumerateFiles(args[folderIndex + 1]).Order(StringComparer.Ordinal))
    {
        var bytes = File.ReadAllBytes(path);
        corpus.Add(new SourceDocument(Path.GetFileName(path), bytes));
        corpusBytes += bytes.Length;
    }
}
for (int copy = 0; folderIndex < 0 && corpusBytes < targetMegabytes * Megabyte; copy++)
{
    foreach (var seed in seeds)
    {
        corpus.Add(seed with { Name = $"{copy:D5}_{seed.Name}" });
        corpusBytes += seed.Content.Length;
    }
}

var extractor = new IndicatorExtractor();
// Warm up long enough for tiered compilation to reach optimised code everywhere (it promotes
// methods after 30 calls, in the background, in batches): otherwise the first measured pass pays it.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed < TimeSpan.FromSeconds(4))
{
    foreach (var seed in seeds) { extractor.Extract(seed); }
}

if (phases)
{
    Console.WriteLine("phases over the seeds × 200:");
    MetricsDashboard.Extraction.Benchmarks.PhaseTimer.Run(seeds, 200, extractor);
}

GC.Collect();
GC.WaitForPendingFinalizers();
long indicators = 0;
long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var watch = Stopwatch.StartNew();
foreach (var document in corpus) { indicators += extractor.Extract(document).Indicators.Count; }
watch.Stop();
process.Refresh();
double singleCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
double singleSeconds = watch.Elapsed.TotalSeconds;

GC.Collect();
long parallelIndicators = 0;
watch.Restart();
Parallel.ForEach(corpus, document => Interlocked.Add(ref parallelIndicators, extractor.Extract(document).Indicators.Count));
watch.Stop();
double parallelSeconds = watch.Elapsed.TotalSeconds;

double megabytes = corpusBytes / Megabyte;
Console.WriteLine($"corpus: {corpus.Count} documents, {megabytes:F1} MB UTF-8, {indicators} indicators");
Console.WriteLine($"single thread: {megabytes / singleSeconds:F1} MB/s wall ({singleSeconds:F2} s), {megabytes / singleCpuSeconds:F1} MB per CPU second ({singleCpuSeconds:F2} s CPU)");
Console.WriteLine($"machine load: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
Console.WriteLine($"all cores ({Environment.ProcessorCount}): {megabytes / parallelSeconds:F1} MB/s ({parallelSeconds:F2} s), {parallelIndicators} indicators");
Console.WriteLine($"allocated: {allocated / megabytes / Megabyte:F1} MB per MB of input ({allocated / Megabyte:F0} MB in all)");

// The JSON lines the CLI writes for the same results: what output costs beside extraction.
var results = corpus.Select(extractor.Extract).ToArray();
var json = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
watch.Restart();
foreach (var result in results)
{
    json.ResetWrittenCount();
    IndicatorJson.WriteLines(json, result.DocumentName, result.Indicators);
}
watch.Stop();
long jsonBytes = results.Sum(r => { json.ResetWrittenCount(); IndicatorJson.WriteLines(json, r.DocumentName, r.Indicators); return (long)json.WrittenCount; });
Console.WriteLine($"json lines: {jsonBytes / Megabyte:F0} MB in {watch.Elapsed.TotalSeconds:F2} s on one thread ({megabytes / watch.Elapsed.TotalSeconds:F1} MB of input per second)");

var gold = new List<GoldRecord>();
var predictions = new List<ScoredPrediction>();
foreach (var goldFile in Directory.EnumerateFiles(Path.Combine(baseDirectory, "gold"), "*.jsonl").Order(StringComparer.Ordinal))
{
    gold.AddRange(IndicatorJson.ReadGold(File.ReadAllText(goldFile)));
    var seedName = Path.GetFileName(goldFile)[..^".jsonl".Length];
    predictions.AddRange(ExtractionScorer.Predictions(extractor.Extract(seeds.Single(s => s.Name == seedName))));
}
Console.WriteLine($"gold: {ExtractionScorer.Score(predictions, gold)}");
