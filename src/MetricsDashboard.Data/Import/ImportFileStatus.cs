namespace MetricsDashboard.Data.Import;

/// <summary>What an import did with one file.</summary>
public enum ImportFileStatus
{
    /// <summary>A new document was stored.</summary>
    Imported,
    /// <summary>The same content was already stored: nothing changed.</summary>
    Unchanged,
    /// <summary>A document of the same name with other content was replaced.</summary>
    Replaced,
    /// <summary>The file could not be imported; nothing stored was touched.</summary>
    Failed,
}
