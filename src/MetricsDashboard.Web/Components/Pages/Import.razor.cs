using System.Globalization;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Import;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// The administrator's upload: files are checked by name and size, read within the limit as soon as
/// they are chosen (one bad file never stops the others), then imported as one batch with progress
/// and a per-file report. Also re-extraction of everything stored.
/// </summary>
[Authorize(Roles = AdminAuthExtensions.AdminRole)]
public sealed partial class Import : ComponentBase, IDisposable
{
    private readonly List<PendingUpload> _pending = [];
    private readonly List<string> _rejections = [];
    private readonly List<ImportFileReport> _readFailures = [];
    private readonly CancellationTokenSource _disposed = new();
    private readonly UploadSpool _spool = new();
    private DateTime? _publishedOn;
    private string? _sourceName;
    private bool _dragOver;
    private bool _reading;
    private bool _running;
    private int _progressDone;
    private int _progressTotal;
    private ImportProgress? _progress;
    private string? _runError;
    private ImportRunView? _result;

    [Inject]
    private IIndicatorImportService Importer { get; set; } = default!;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    /// <summary>Configuration key of the figure cap per uploaded document (default <see cref="ImportOptions.DefaultMaxFiguresPerDocument"/>; 0 for none).</summary>
    public const string ImportMaxFiguresKey = "Import:MaxFiguresPerDocument";

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [Inject]
    private ILogger<Import> Logger { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ImportStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static long MaxFileBytes => ImportOptions.DefaultMaxFileBytes;

    private bool Busy => _reading || _running;

    private string DropZoneHint => string.Format(Culture, L[nameof(ImportStrings.DropZoneHint)],
        UploadCheck.SupportedList, UploadCheck.FormatBytes(MaxFileBytes, Culture), UploadCheck.MaxFilesPerBatch);

    private async Task OnFilesChosenAsync(InputFileChangeEventArgs e)
    {
        _dragOver = false;
        _rejections.Clear();
        _reading = true;
        try
        {
            var room = UploadCheck.MaxFilesPerBatch - _pending.Count;
            var chosen = e.GetMultipleFiles(Math.Max(1, e.FileCount)).Take(Math.Max(0, room)).ToList();
            if (e.FileCount > room)
            {
                _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.RejectedTooMany)], UploadCheck.MaxFilesPerBatch));
            }
            foreach (var file in chosen)
            {
                await TakeAsync(file);
            }
        }
        finally
        {
            _reading = false;
        }
    }

    // Only the browser-reported name and size are looked at before any bytes travel.
    private async Task TakeAsync(IBrowserFile file)
    {
        switch (UploadCheck.Check(file.Name, file.Size, MaxFileBytes))
        {
            case UploadRejection.UnsupportedExtension:
                _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.RejectedUnsupported)], file.Name, UploadCheck.SupportedList));
                return;
            case UploadRejection.TooLarge:
                _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.RejectedTooLarge)], file.Name,
                    UploadCheck.FormatBytes(file.Size, Culture), UploadCheck.FormatBytes(MaxFileBytes, Culture)));
                return;
            case UploadRejection.Empty:
                _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.RejectedEmpty)], file.Name));
                return;
        }
        if (_pending.Any(p => string.Equals(p.FileName, file.Name, StringComparison.Ordinal)))
        {
            _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.RejectedDuplicate)], file.Name));
            return;
        }
        try
        {
            _pending.Add(await _spool.SpoolAsync(file, MaxFileBytes, _disposed.Token));
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // A file that cannot be read becomes a failed row of the report; the others go on.
            Logger.LogWarning(ex, "Upload of {File} could not be read", file.Name);
            _rejections.Add(string.Format(Culture, L[nameof(ImportStrings.ReadFailed)], file.Name, ex.Message));
            _readFailures.Add(new ImportFileReport(file.Name, ImportFileStatus.Failed, ex.Message, null, 0, ImportFileReason.ReadFailed, ex.Message));
        }
    }

    private void Remove(PendingUpload file)
    {
        _pending.Remove(file);
        UploadSpool.Release(file);
    }

    private void ClearPending()
    {
        _pending.ForEach(UploadSpool.Release);
        _pending.Clear();
        _rejections.Clear();
        _readFailures.Clear();
    }

    private async Task ImportAsync()
    {
        if (_pending.Count == 0 || Busy)
        {
            return;
        }
        var metadata = new ImportMetadata(
            PublishedOn: _publishedOn is { } date ? DateOnly.FromDateTime(date) : null,
            SourceName: string.IsNullOrWhiteSpace(_sourceName) ? null : _sourceName.Trim());
        // Read from disk one file at a time by the importer: only the file being extracted is in memory.
        var sources = _pending.Select(p => ImportSource.FromFile(p.SpoolPath, metadata) with { FileName = p.FileName }).ToList();
        var options = new ImportOptions
        {
            Trigger = ImportTrigger.Upload,
            MaxFileBytes = MaxFileBytes,
            MaxFiguresPerDocument = Configuration.GetValue(ImportMaxFiguresKey, ImportOptions.DefaultMaxFiguresPerDocument),
        };
        var readFailures = _readFailures.ToList();
        await RunAsync(
            progress => Importer.ImportAsync(sources, options, progress, _disposed.Token),
            readFailures,
            isReextraction: false);
        if (_runError is null)
        {
            _pending.ForEach(UploadSpool.Release);
            _pending.Clear();
            _readFailures.Clear();
        }
    }

    // Re-extraction replaces every stored figure: it runs only after an explicit yes.
    private async Task ConfirmReextractAsync()
    {
        var yes = await Dialogs.ShowMessageBoxAsync(
            L[nameof(ImportStrings.ReextractTitle)],
            L[nameof(ImportStrings.ReextractConfirm)],
            yesText: L[nameof(ImportStrings.ReextractConfirmButton)],
            cancelText: L[nameof(ImportStrings.Cancel)]);
        if (yes == true)
        {
            await ReextractAsync();
        }
    }

    private async Task ReextractAsync()
    {
        await RunAsync(progress => Importer.ReextractAsync(all: true, progress, _disposed.Token), [], isReextraction: true);
    }

    private async Task RunAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> run, IReadOnlyList<ImportFileReport> readFailures, bool isReextraction)
    {
        _running = true;
        _runError = null;
        _result = null;
        _progressDone = 0;
        _progressTotal = 0;
        _progress = null;
        StateHasChanged();
        var progress = new Progress<ImportProgress>(p => _ = InvokeAsync(() =>
        {
            _progressDone = p.FilesDone;
            _progressTotal = p.FilesTotal;
            _progress = p;
            StateHasChanged();
        }));
        try
        {
            // Extraction is CPU work: off the circuit's thread, so the progress bar keeps moving.
            var report = await Task.Run(() => run(progress), _disposed.Token);
            _result = await ToViewAsync(report, readFailures, isReextraction);
            Snackbar.Add(
                string.Format(Culture, L[nameof(ImportStrings.ImportDoneSnack)], _result.Imported + _result.Replaced, _result.Failed, _result.IndicatorsAdded),
                _result.Failed > 0 ? Severity.Warning : Severity.Success);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // The page was closed during the run; files finished so far are stored.
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Import run failed");
            _runError = string.Format(Culture, L[nameof(ImportStrings.RunFailed)], ex.Message);
        }
        finally
        {
            _running = false;
            ImportMemoryRelease.AfterImport();
        }
    }

    // The time left at the run's pace so far, as m:ss; "…" until a file is done.
    private static string Remaining(ImportProgress progress) =>
        progress.Remaining is { } left ? left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "…";

    private async Task<ImportRunView> ToViewAsync(ImportReport report, IReadOnlyList<ImportFileReport> readFailures, bool isReextraction)
    {
        var articles = new Dictionary<int, IReadOnlyList<ArticleListItem>>();
        foreach (var id in report.Files.Where(f => f.Status != ImportFileStatus.Failed).Select(f => f.DocumentId).OfType<int>().Distinct())
        {
            articles[id] = await Queries.ListArticlesAsync(new IndicatorFilter { DocumentId = id }, _disposed.Token);
        }
        return new ImportRunView(report, [.. readFailures, .. report.Files], articles, isReextraction);
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _spool.Dispose();
    }
}
