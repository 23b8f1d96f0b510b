<?php
session_start();
if (empty($_SESSION['csrf_token'])) {
    $_SESSION['csrf_token'] = bin2hex(random_bytes(32));          // ok: CWE-338
}
?>
<form method="post" action="/profile/save">
  <input type="hidden" name="csrf_token" value="<?php echo htmlspecialchars($_SESSION['csrf_token']); ?>">
  <input type="text" name="display_name">
  <button type="submit">Save</button>
</form>
