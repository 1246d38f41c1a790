namespace MetricsDashboard.Data.Import;

/// <summary>
/// Why a file ended as it did, beyond its status: the UI words it in its own language, while the
/// report's <see cref="ImportFileReport.Message"/> stays the English text of logs and the CLI.
/// </summary>
public enum ImportFileReason
{
    /// <summary>Nothing to explain (imported or replaced), or a warning in the message.</summary>
    None,

    /// <summary>The same file was stored before.</summary>
    AlreadyStored,

    /// <summary>The same bytes are stored under another name (the detail).</summary>
    SameContentStored,

    /// <summary>Not a .txt, .md or .html file.</summary>
    Unsupported,

    /// <summary>The file or its sidecar could not be read (too large, I/O, bad JSON: the detail).</summary>
    ReadFailed,

    /// <summary>The bytes are not text in a known encoding (the detail).</summary>
    Unreadable,

    /// <summary>The extractor failed on the text (the detail).</summary>
    ExtractionFailed,

    /// <summary>Storing failed and was rolled back: the database is unchanged (the detail).</summary>
    NotStored,

    /// <summary>A re-extraction found the document gone.</summary>
    NoLongerStored,
}
