namespace MetricsDashboard.Extraction.Model;

/// <summary>Where a document's publication date came from.</summary>
public enum DateSource
{
    /// <summary>No date could be found.</summary>
    None,
    /// <summary>Given by metadata (sidecar file, upload form).</summary>
    Metadata,
    /// <summary>Inferred from dates mentioned in the text.</summary>
    Inferred,
}
