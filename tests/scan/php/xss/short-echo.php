<h2>Welcome back, <?= $_GET['name'] ?></h2>                         <!-- expect: CWE-79 -->
