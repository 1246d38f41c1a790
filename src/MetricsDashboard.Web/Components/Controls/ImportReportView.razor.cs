using System.Globalization;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Web.Model.Import;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>The outcome of an import or re-extraction run: a summary line and one row per file with links to its articles.</summary>
public sealed partial class ImportReportView : ComponentBase
{
    [Parameter, EditorRequired]
    public ImportRunView Run { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ImportStrings> L { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string StatusText(ImportFileStatus status) => L[status switch
    {
        ImportFileStatus.Imported => nameof(ImportStrings.StatusImported),
        ImportFileStatus.Unchanged => nameof(ImportStrings.StatusUnchanged),
        ImportFileStatus.Replaced => nameof(ImportStrings.StatusReplaced),
        _ => nameof(ImportStrings.StatusFailed),
    }];

    /// <summary>The file's outcome in the UI language; technical details (an I/O error's text) follow as they came.</summary>
    private string MessageText(ImportFileReport file)
    {
        var key = file.Reason switch
        {
            ImportFileReason.AlreadyStored => nameof(ImportStrings.ReasonAlreadyStored),
            ImportFileReason.SameContentStored => nameof(ImportStrings.ReasonSameContentStored),
            ImportFileReason.Unsupported => nameof(ImportStrings.ReasonUnsupported),
            ImportFileReason.ReadFailed => nameof(ImportStrings.ReasonReadFailed),
            ImportFileReason.Unreadable => nameof(ImportStrings.ReasonUnreadable),
            ImportFileReason.ExtractionFailed => nameof(ImportStrings.ReasonExtractionFailed),
            ImportFileReason.NotStored => nameof(ImportStrings.ReasonNotStored),
            ImportFileReason.NoLongerStored => nameof(ImportStrings.ReasonNoLongerStored),
            _ => null,
        };
        if (key is null)
        {
            // Extraction warnings of a stored file: the extractor's own words.
            return file.Message ?? "";
        }
        return string.Format(Culture, L[key], file.Detail ?? "");
    }
}
