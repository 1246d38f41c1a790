namespace MetricsDashboard.Data.Import;

/// <summary>
/// A file failed to store, and storing the batch's earlier files again failed too: nothing of the
/// open batch is committed, and the run stops (the next run imports those files again).
/// </summary>
public sealed class ImportBatchLostException(Exception fileFailure, Exception storeAgainFailure)
    : Exception($"storing the batch's files again after a failed file failed: {storeAgainFailure.Message}", new AggregateException(fileFailure, storeAgainFailure));
