<?php
class StripeGateway
{
    const API_KEY = 'sk_live_51HfQ2bLkdIw8sdf8sd7f6sdf';           // expect: CWE-798
    private $client;

    public function __construct()
    {
        $this->client = new \Stripe\StripeClient(self::API_KEY);
    }
}
