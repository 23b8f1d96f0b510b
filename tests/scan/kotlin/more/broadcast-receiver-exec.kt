class DebugReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val cmd = intent.getStringExtra("cmd") ?: return
        Runtime.getRuntime().exec(cmd) // expect: CWE-78
    }
}
