namespace MetricsDashboard.Web.Model.Import;

/// <summary>
/// After an upload batch or a re-extraction, gives the memory it used back to the operating system.
/// The file's bytes, decoded text and figures are garbage by then, but the GC keeps the segments it
/// grew for them committed (a 19 MB upload left ~200 MB resident for good). Imports are rare and
/// administrator-only, so one blocking, compacting collection after each is a fair price.
/// </summary>
public static class ImportMemoryRelease
{
    public static void AfterImport() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
