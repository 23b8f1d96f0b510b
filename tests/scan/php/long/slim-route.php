<?php
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$pdo = new PDO('sqlite:' . __DIR__ . '/../var/app.db');

$app->get('/notes/{id}', function (Request $request, Response $response, array $args) use ($pdo) {
    $id = $args['id'];
    $row = $pdo->query("SELECT * FROM notes WHERE id = $id")->fetch();   // expect: CWE-89
    $response->getBody()->write(json_encode($row));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->get('/go', function (Request $request, Response $response) {
    $to = $request->getQueryParams()['to'] ?? '/';
    return $response->withHeader('Location', $to)->withStatus(302);   // expect: CWE-601
});

$app->run();
