<?php
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$pdo = new PDO('sqlite:' . __DIR__ . '/../var/app.db');

$app->get('/notes/{id:[0-9]+}', function (Request $request, Response $response, array $args) use ($pdo) {
    $st = $pdo->prepare('SELECT * FROM notes WHERE id = ?');      // ok: CWE-89
    $st->execute([(int) $args['id']]);
    $response->getBody()->write(json_encode($st->fetch()));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->get('/go', function (Request $request, Response $response) {
    return $response->withHeader('Location', '/dashboard')->withStatus(302);   // ok: CWE-601
});

$app->run();
