using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>An area and its parent.</summary>
public sealed record AreaInfo(string Name, string Level, string? Parent);

/// <summary>A key with its Chinese and English display names.</summary>
public sealed record KeyName(string Key, string NameZh, string NameEn);

/// <summary>The choices of the dashboard's filters.</summary>
public sealed record ReferenceData(IReadOnlyList<AreaInfo> Areas, IReadOnlyList<KeyName> Sectors, IReadOnlyList<KeyName> Metrics, IReadOnlyList<CanonicalUnit> Units);
