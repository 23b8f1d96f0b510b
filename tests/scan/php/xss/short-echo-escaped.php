<h2>Welcome back, <?= htmlspecialchars($_GET['name']) ?></h2>       <!-- ok: CWE-79 -->
