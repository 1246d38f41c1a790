using DocumentFormat.OpenXml;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// One part of the package being written: the SDK's writer over the zip entry. The writer does not
/// own the entry's stream, and the zip accepts the next entry only once this one is closed, so both
/// are closed together here.
/// </summary>
internal sealed class XlsxPart(OpenXmlWriter writer, Stream entry) : IDisposable
{
    public OpenXmlWriter Writer { get; } = writer;

    public void Dispose()
    {
        Writer.Dispose();
        entry.Dispose();
    }
}
