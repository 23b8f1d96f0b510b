<?php
require_once 'auth.php';
require_admin();
?>
<!DOCTYPE html>
<html>
<head><title>Network tools</title></head>
<body>
<h1>Network diagnostics</h1>
<form method="get">
  <select name="tool">
    <option value="ping">ping</option>
    <option value="traceroute">traceroute</option>
  </select>
  <input name="target" placeholder="host or IP">
  <button>Run</button>
</form>
<?php
if (isset($_GET['tool'], $_GET['target']) && filter_var($_GET['target'], FILTER_VALIDATE_IP)) {
    $tool = $_GET['tool'] === 'traceroute' ? 'traceroute' : 'ping -c 4';
    $target = escapeshellarg($_GET['target']);
    echo '<pre>';
    system($tool . ' ' . $target . ' 2>&1');                      // ok: CWE-78
    echo '</pre>';
}
?>
</body>
</html>
