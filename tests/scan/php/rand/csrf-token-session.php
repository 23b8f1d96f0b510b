<?php
session_start();
if (empty($_SESSION['csrf_token'])) {
    $_SESSION['csrf_token'] = sha1(mt_rand() . microtime());      // expect: CWE-338 CWE-328
}
?>
<form method="post" action="/profile/save">
  <input type="hidden" name="csrf_token" value="<?php echo $_SESSION['csrf_token']; ?>">
  <input type="text" name="display_name">
  <button type="submit">Save</button>
</form>
