<?php
http_response_code(404);
?>
<!doctype html>
<html>
<head><title>Not found</title></head>
<body>
<h1>Page not found</h1>
<p>The page <?php echo $_SERVER['REQUEST_URI']; ?> does not exist.</p>   <!-- expect: CWE-79 -->
<a href="/">Home</a>
</body>
</html>
