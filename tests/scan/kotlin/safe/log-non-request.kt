class SyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val count = repository.sync()
        Log.i("SyncWorker", "synced $count items") // ok: CWE-117
        return Result.success()
    }
}
