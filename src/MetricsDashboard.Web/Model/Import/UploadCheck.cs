using System.Globalization;
using MetricsDashboard.Data.Import;

namespace MetricsDashboard.Web.Model.Import;

/// <summary>Why a chosen file is not taken into the batch.</summary>
public enum UploadRejection
{
    None,
    UnsupportedExtension,
    TooLarge,
    Empty,
}

/// <summary>
/// The checks made on a chosen file from its name and the size the browser reports, before any of
/// its bytes are sent: the same extensions and size limit as the importer.
/// </summary>
public static class UploadCheck
{
    /// <summary>Files in one batch: a day's pages, with room to spare.</summary>
    public const int MaxFilesPerBatch = 100;

    /// <summary>The <c>accept</c> attribute of the file picker.</summary>
    public static string AcceptAttribute => string.Join(",", ImportFileReader.SupportedExtensions);

    /// <summary>The supported extensions for messages: <c>.txt, .md, .html, .htm</c>.</summary>
    public static string SupportedList => string.Join(", ", ImportFileReader.SupportedExtensions);

    public static UploadRejection Check(string fileName, long size, long maxBytes = ImportOptions.DefaultMaxFileBytes)
    {
        if (!ImportFileReader.IsSupported(fileName))
        {
            return UploadRejection.UnsupportedExtension;
        }
        if (size > maxBytes)
        {
            return UploadRejection.TooLarge;
        }
        return size <= 0 ? UploadRejection.Empty : UploadRejection.None;
    }

    /// <summary>A size for people: 812 B, 14.2 KB, 20 MB.</summary>
    public static string FormatBytes(long bytes, CultureInfo culture) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", culture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.#", culture) + " KB",
        _ => bytes.ToString(culture) + " B",
    };
}
