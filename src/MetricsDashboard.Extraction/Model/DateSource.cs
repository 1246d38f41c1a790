namespace MetricsDashboard.Extraction.Model;

/// <summary>Where a document's publication date came from.</summary>
public enum DateSource
{
    /// <summary>No date could be found.</summary>
    [WireName("none")]
    None,
    /// <summary>Given by metadata (sidecar file, upload form).</summary>
    [WireName("metadata")]
    Metadata,
    /// <summary>Inferred from dates mentioned in the text.</summary>
    [WireName("inferred")]
    Inferred,
}
