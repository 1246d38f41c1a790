namespace MetricsDashboard.Extraction.Taxonomy;

/// <summary>A metric category or a sector: its wire key and its display names.</summary>
/// <param name="Key">The wire key, e.g. <c>investment</c> or <c>public_safety</c>.</param>
/// <param name="ChineseName">Display name in Chinese, e.g. <c>公共安全</c>.</param>
/// <param name="EnglishName">Display name in English, e.g. <c>Public safety</c>.</param>
public sealed record TaxonomyEntry(string Key, string ChineseName, string EnglishName);
