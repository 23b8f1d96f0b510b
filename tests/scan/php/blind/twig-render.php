<?php
echo $twig->render('search.html.twig', ['q' => $_GET['q'] ?? '']);   // ok: CWE-79
