namespace MetricsDashboard.Extraction;

/// <summary>
/// A document that cannot be read as text: empty, binary, or in no supported encoding. The message
/// says which, in words an analyst can act on.
/// </summary>
public sealed class UnreadableDocumentException(string documentName, string reason)
    : Exception($"{documentName}: {reason}")
{
    public string DocumentName { get; } = documentName;
    public string Reason { get; } = reason;
}
