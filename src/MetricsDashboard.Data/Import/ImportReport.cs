using System.Globalization;
using System.Text;

namespace MetricsDashboard.Data.Import;

/// <summary>The result of an import run, as recorded in the database.</summary>
public sealed record ImportReport(
    int RunId,
    ImportTrigger Trigger,
    DateTime StartedAt,
    DateTime FinishedAt,
    IReadOnlyList<ImportFileReport> Files)
{
    public int FilesSeen => Files.Count;

    public int Imported => Count(ImportFileStatus.Imported);

    public int Unchanged => Count(ImportFileStatus.Unchanged);

    public int Replaced => Count(ImportFileStatus.Replaced);

    public int Failed => Count(ImportFileStatus.Failed);

    public int IndicatorsAdded => Files.Sum(f => f.IndicatorsAdded);

    /// <summary>A plain-text table for the CLI and logs.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"Import run {RunId} ({Trigger.ToString().ToLowerInvariant()}): {FilesSeen} files, {Imported} imported, {Unchanged} unchanged, {Replaced} replaced, {Failed} failed, {IndicatorsAdded} indicators added, {(FinishedAt - StartedAt).TotalSeconds:0.00} s");
        foreach (var file in Files)
        {
            text.AppendLine(inv, $"  {file.StatusName,-9} {ReportText.Escape(file.FileName)}  {(file.IndicatorsAdded > 0 ? $"+{file.IndicatorsAdded} indicators" : "")}{(file.Message is null ? "" : "  " + ReportText.Escape(file.Message))}");
        }
        return text.ToString();
    }

    private int Count(ImportFileStatus status) => Files.Count(f => f.Status == status);
}
