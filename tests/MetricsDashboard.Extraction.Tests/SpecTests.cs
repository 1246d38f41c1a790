using System.Text.Json;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>Table-driven specs: TestData/spec/*.json, input text → expected records (none for exclusions).</summary>
public sealed class SpecTests
{
    private static readonly IndicatorExtractor Extractor = new();

    public static TheoryData<SpecCase> Cases()
    {
        var data = new TheoryData<SpecCase>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.Root, "spec"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
            {
                var expected = c.GetProperty("expected").EnumerateArray().Select(e => new SpecRecord(
                    e.GetProperty("surface").GetString()!,
                    e.GetProperty("start").GetInt32(),
                    e.GetProperty("end").GetInt32(),
                    e.GetProperty("value").GetDouble(),
                    e.GetProperty("value_max").ValueKind == JsonValueKind.Number ? e.GetProperty("value_max").GetDouble() : null,
                    e.GetProperty("unit").GetString()!,
                    e.GetProperty("counter").ValueKind == JsonValueKind.String ? e.GetProperty("counter").GetString() : null,
                    e.GetProperty("qualifier").GetString()!,
                    e.TryGetProperty("kind", out var kind) ? kind.GetString() : null)
                {
                    Label = e.TryGetProperty("label", out var label) ? label.GetString() : null,
                    Metric = e.TryGetProperty("metric", out var metric) ? metric.GetString() : null,
                    ChecksDistrict = e.TryGetProperty("district", out var district),
                    District = district.ValueKind == JsonValueKind.String ? district.GetString() : null,
                    ChecksPeriod = e.TryGetProperty("period", out var period),
                    Period = period.ValueKind == JsonValueKind.String ? period.GetString() : null,
                }).ToArray();
                data.Add(new SpecCase(
                    Path.GetFileName(file),
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("input").GetString()!,
                    c.TryGetProperty("normalised", out var n) ? n.GetString() : null,
                    expected,
                    c.TryGetProperty("published_on", out var published) ? DateOnly.Parse(published.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_SpecCase_YieldsExpectedRecords(SpecCase spec)
    {
        var result = Extractor.Extract(SourceDocument.FromText("spec.txt", spec.Input, spec.PublishedOn));

        if (spec.Normalised is not null) { Assert.Equal(spec.Normalised, result.NormalisedText); }
        var actual = result.Indicators;
        Assert.True(spec.Expected.Count == actual.Count,
            $"expected {spec.Expected.Count} records, got {actual.Count}: {string.Join(" | ", actual.Select(i => $"{i.Surface}={i.Value} {i.Unit.ToWire()}"))}");
        for (int i = 0; i < actual.Count; i++)
        {
            var e = spec.Expected[i];
            var a = actual[i];
            Assert.Equal(e.Surface, a.Surface);
            Assert.Equal(e.Start, a.Start);
            Assert.Equal(e.End, a.End);
            Assert.Equal(e.Value, a.Value, 1e-6 * Math.Max(1, Math.Abs(e.Value)));
            if (e.ValueMax is null) { Assert.Null(a.ValueMax); } else { Assert.Equal(e.ValueMax.Value, a.ValueMax!.Value, 1e-6 * Math.Abs(e.ValueMax.Value)); }
            Assert.Equal(e.Unit, a.Unit.ToWire());
            Assert.Equal(e.Counter, a.Counter);
            Assert.Equal(e.Qualifier, a.Qualifier.ToWire());
            if (e.Kind is not null) { Assert.Equal(e.Kind, a.Kind.ToWire()); }
            if (e.Label is not null) { Assert.Equal(e.Label, a.Label); }
            if (e.Metric is not null) { Assert.Equal(e.Metric, a.Metric); }
            if (e.ChecksDistrict) { Assert.Equal(e.District, a.District); }
            if (e.ChecksPeriod) { Assert.Equal(e.Period, a.Period); }
        }
    }
}
